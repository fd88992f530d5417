/**
 * Views of backups: the wizard, the live progress dialog, running backups, history and the chain.
 * Other features reach them only through {@link com.sendense.console.backups.ui.BackupsNavigation}.
 */
@NullMarked
package com.sendense.console.backups.ui;

import org.jspecify.annotations.NullMarked;
