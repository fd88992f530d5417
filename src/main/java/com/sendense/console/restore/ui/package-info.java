/**
 * Public only: {@link com.sendense.console.restore.ui.RestoreNavigation},
 * {@link com.sendense.console.restore.ui.MountLeaseBar} and the routed views.
 */
@NullMarked
package com.sendense.console.restore.ui;

import org.jspecify.annotations.NullMarked;
