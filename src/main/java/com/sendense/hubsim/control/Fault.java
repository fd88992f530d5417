package com.sendense.hubsim.control;

import org.jspecify.annotations.Nullable;

/** {@code remaining} is null for unlimited. */
public record Fault(int id, FaultSpec spec, @Nullable Integer remaining) {}
