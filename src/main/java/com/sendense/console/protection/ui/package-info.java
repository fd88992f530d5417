/**
 * The Protection pages: the list of flows, the create/edit dialog with its schedule editor, and a
 * flow's page with its runs. Other features reach them only through
 * {@link com.sendense.console.protection.ui.ProtectionNavigation}.
 */
@NullMarked
package com.sendense.console.protection.ui;

import org.jspecify.annotations.NullMarked;
