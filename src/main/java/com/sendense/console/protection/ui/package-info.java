/** Views of scheduled protection: flows, groups, repositories, vCenter credentials and VM discovery. */
@NullMarked
package com.sendense.console.protection.ui;

import org.jspecify.annotations.NullMarked;
