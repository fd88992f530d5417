/** Markers for the hub-fault and bad-input suites that {@code docs/reliability.md} reports. */
@NullMarked
package com.sendense.reliability;

import org.jspecify.annotations.NullMarked;
