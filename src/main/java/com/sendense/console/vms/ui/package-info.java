/** Views of the VM inventory. */
@NullMarked
package com.sendense.console.vms.ui;

import org.jspecify.annotations.NullMarked;
