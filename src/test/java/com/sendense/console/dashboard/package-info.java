@NullMarked
package com.sendense.console.dashboard;

import org.jspecify.annotations.NullMarked;
