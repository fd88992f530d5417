/** Pages of scheduled protection; the flow pages link here by route string. */
@NullMarked
package com.sendense.console.protection.ui;

import org.jspecify.annotations.NullMarked;
