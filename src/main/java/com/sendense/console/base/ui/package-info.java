@NullMarked
package com.sendense.console.base.ui;

import org.jspecify.annotations.NullMarked;
