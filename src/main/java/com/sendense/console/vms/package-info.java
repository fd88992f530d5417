/** The VM inventory: the hub's VM contexts with their disks, filtered to what the user may see. */
@NullMarked
package com.sendense.console.vms;

import org.jspecify.annotations.NullMarked;
