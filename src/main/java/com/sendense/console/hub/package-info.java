/**
 * The Sendense hub in our words: a blocking, typed {@link com.sendense.console.hub.HubClient}, the
 * records it returns and the sealed {@link com.sendense.console.hub.HubException} hierarchy.
 *
 * <p>This is the only package in the console that knows HTTP, WebClient, Reactor or Jackson; all
 * of that lives in {@code hub.internal}. The hub's real wire contract, with all its quirks, is in
 * {@code /work/shared/hub/CONTRACT.md}; the Javadoc here names the quirk each method hides.
 */
@NullMarked
package com.sendense.console.hub;

import org.jspecify.annotations.NullMarked;
