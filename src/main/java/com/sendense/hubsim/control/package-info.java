/** The simulator's control API under /_sim/: fault injection, request log, restart. Not part of the hub. */
@NullMarked
package com.sendense.hubsim.control;

import org.jspecify.annotations.NullMarked;
