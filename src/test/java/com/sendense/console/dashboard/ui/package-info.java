@NullMarked
package com.sendense.console.dashboard.ui;

import org.jspecify.annotations.NullMarked;
