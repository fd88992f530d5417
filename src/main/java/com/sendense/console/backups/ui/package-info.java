/** The backup wizard, the live progress dialog and the running-backups view. */
@NullMarked
package com.sendense.console.backups.ui;

import org.jspecify.annotations.NullMarked;
