/** The alert pages: a user's subscriptions, the channels and the delivery log (administrators). */
@NullMarked
package com.sendense.console.alerts.ui;

import org.jspecify.annotations.NullMarked;
