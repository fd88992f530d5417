/**
 * The simulated hub's file-level restore API (contract section 5): mounts, listings, downloads and archives.
 */
@NullMarked
package com.sendense.hubsim.restore;

import org.jspecify.annotations.NullMarked;
