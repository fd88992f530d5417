@NullMarked
package com.sendense.console.restore;

import org.jspecify.annotations.NullMarked;
