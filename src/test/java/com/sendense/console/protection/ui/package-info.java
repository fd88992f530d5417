@NullMarked
package com.sendense.console.protection.ui;

import org.jspecify.annotations.NullMarked;
