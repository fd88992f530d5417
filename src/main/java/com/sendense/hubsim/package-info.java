/**
 * A contract-exact simulator of the Sendense hub's REST API, quirks included (see
 * {@code docs/hub-api.md} and decision record 004). Start it with
 * {@link com.sendense.hubsim.HubSimulator#start(SimulatorConfig)}; drive it with
 * {@link com.sendense.hubsim.SimulatorControl}. Nothing here may depend on the console.
 */
@NullMarked
package com.sendense.hubsim;

import org.jspecify.annotations.NullMarked;
