/**
 * The WebClient implementation of {@link com.sendense.console.hub.HubClient}: HTTP, auth,
 * retries, the hub's wire shapes and its error mapping. Nothing outside {@code hub} may use this
 * package.
 */
@NullMarked
package com.sendense.console.hub.internal;

import org.jspecify.annotations.NullMarked;
