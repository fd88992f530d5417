/**
 * Simulated disk contents. {@link com.sendense.hubsim.files.DiskImage} is the entry point: the
 * partitions and file trees of a backed-up disk, and the expected bytes of any file in it.
 */
@NullMarked
package com.sendense.hubsim.files;

import org.jspecify.annotations.NullMarked;
