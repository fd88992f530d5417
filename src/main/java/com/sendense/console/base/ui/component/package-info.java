@NullMarked
package com.sendense.console.base.ui.component;

import org.jspecify.annotations.NullMarked;
