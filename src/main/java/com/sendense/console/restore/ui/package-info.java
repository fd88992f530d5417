/** The file browser, the download basket and queue, and the restore audit log view. */
@NullMarked
package com.sendense.console.restore.ui;

import org.jspecify.annotations.NullMarked;
