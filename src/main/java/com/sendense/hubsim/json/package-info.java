/** Go-compatible JSON: the hub's encoder, decoder error messages, time and duration formats. */
@NullMarked
package com.sendense.hubsim.json;

import org.jspecify.annotations.NullMarked;
