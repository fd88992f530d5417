/**
 * Views of scheduled protection: flows, the schedule timeline, groups, repositories, vCenter credentials and VM
 * discovery.
 */
@NullMarked
package com.sendense.console.protection.ui;

import org.jspecify.annotations.NullMarked;
