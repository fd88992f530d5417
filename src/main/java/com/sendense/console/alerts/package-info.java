/**
 * Alerts by e-mail and webhook (issue 14): channels an administrator configures, the events the detector
 * finds once across instances ({@link AlertDetector}), users' subscriptions, and the outbox every alert is
 * written to before a worker sends it ({@link Outbox}, {@link OutboxWorker}; decision 019).
 */
@NullMarked
package com.sendense.console.alerts;

import org.jspecify.annotations.NullMarked;
