/** The one place that watches the hub in the background and fans changes out to every open UI. */
@NullMarked
package com.sendense.console.live;

import org.jspecify.annotations.NullMarked;
