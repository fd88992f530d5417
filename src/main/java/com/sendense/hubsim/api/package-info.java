/**
 * The hub's REST handlers, one class per handler family, each answering with the hub's exact shapes and error bodies.
 */
@NullMarked
package com.sendense.hubsim.api;

import org.jspecify.annotations.NullMarked;
