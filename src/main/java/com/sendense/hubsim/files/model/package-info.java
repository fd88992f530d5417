/**
 * The simulated file model: directories, files and symlinks as {@code lstat} sees them,
 * partitions as {@code lsblk} lists them, and path resolution with the kernel's symlink rules.
 */
@NullMarked
package com.sendense.hubsim.files.model;

import org.jspecify.annotations.NullMarked;
