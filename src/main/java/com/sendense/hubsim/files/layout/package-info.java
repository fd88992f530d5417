/**
 * What is on each kind of simulated disk (Windows system and data disks, Linux system and data disks, real host
 * directories) and the fake hub host.
 */
@NullMarked
package com.sendense.hubsim.files.layout;

import org.jspecify.annotations.NullMarked;
