/**
 * The Sendense hub in our words: a blocking, typed {@link com.sendense.console.hub.HubClient}, the
 * records it returns and the sealed {@link com.sendense.console.hub.HubException} hierarchy.
 *
 * <p>This is the only package in the console that knows HTTP, WebClient, Reactor or Jackson; all
 * of that lives in {@code hub.internal}. The hub's wire contract, with all its quirks, is described
 * in {@code docs/hub-api.md} (whose section numbers the "contract §" references in this code use);
 * the Javadoc here names the quirk each method hides.
 */
@NullMarked
package com.sendense.console.hub;

import org.jspecify.annotations.NullMarked;
