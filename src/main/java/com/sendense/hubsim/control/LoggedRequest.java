package com.sendense.hubsim.control;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One hub request as the simulator saw it.
 *
 * @param seq    increasing number, in the order requests finished
 * @param path   the path as sent (not decoded)
 * @param query  the raw query string, {@code ""} if none
 * @param status the status sent, or null when the connection was closed without a response
 * @param at     when the request arrived
 */
public record LoggedRequest(long seq, String method, String path, String query, @Nullable Integer status, Instant at) {
}
