/** The dashboard view, its charts (server-side SVG) and the RPO target editor. */
@NullMarked
package com.sendense.console.dashboard.ui;

import org.jspecify.annotations.NullMarked;
