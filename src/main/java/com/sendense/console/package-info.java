@NullMarked
package com.sendense.console;

import org.jspecify.annotations.NullMarked;
