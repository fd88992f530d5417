/**
 * A contract-exact simulator of the hub's REST API, quirks included ({@code docs/hub-api.md}, decision record 004).
 * Nothing here may depend on the console.
 */
@NullMarked
package com.sendense.hubsim;

import org.jspecify.annotations.NullMarked;
