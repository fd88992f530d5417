@NullMarked
package com.sendense.console.hub.internal;

import org.jspecify.annotations.NullMarked;
