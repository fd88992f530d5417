/**
 * Views of backups: the start wizard, live progress, running backups, history and the chain. Other
 * features reach them only through {@link com.sendense.console.backups.ui.BackupsNavigation} and
 * {@link com.sendense.console.backups.ui.BackupActions}.
 */
@NullMarked
package com.sendense.console.backups.ui;

import org.jspecify.annotations.NullMarked;
