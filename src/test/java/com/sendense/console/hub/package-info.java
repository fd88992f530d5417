@NullMarked
package com.sendense.console.hub;

import org.jspecify.annotations.NullMarked;
