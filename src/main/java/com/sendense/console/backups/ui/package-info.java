/** Views of backups. Other features reach them only through {@link com.sendense.console.backups.ui.BackupsNavigation}. */
@NullMarked
package com.sendense.console.backups.ui;

import org.jspecify.annotations.NullMarked;
