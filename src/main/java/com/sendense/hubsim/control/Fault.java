package com.sendense.hubsim.control;

import org.jspecify.annotations.Nullable;

/**
 * An active fault.
 *
 * @param remaining requests left, or null for unlimited
 */
public record Fault(int id, FaultSpec spec, @Nullable Integer remaining) {
}
