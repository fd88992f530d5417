@NullMarked
package com.sendense.console.base;

import org.jspecify.annotations.NullMarked;
