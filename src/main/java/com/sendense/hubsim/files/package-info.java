/** Simulated disk contents; {@link com.sendense.hubsim.files.DiskImage} is the entry point. */
@NullMarked
package com.sendense.hubsim.files;

import org.jspecify.annotations.NullMarked;
