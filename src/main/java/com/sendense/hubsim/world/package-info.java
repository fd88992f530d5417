/**
 * The hub's database as the simulator sees it: VM contexts, repositories, backups, flows, and the deterministic demo
 * world generated from a seed.
 */
@NullMarked
package com.sendense.hubsim.world;

import org.jspecify.annotations.NullMarked;
