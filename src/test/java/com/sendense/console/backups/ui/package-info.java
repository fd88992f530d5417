@NullMarked
package com.sendense.console.backups.ui;

import org.jspecify.annotations.NullMarked;
