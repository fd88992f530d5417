@NullMarked
package com.sendense.console.restore.ui;

import org.jspecify.annotations.NullMarked;
