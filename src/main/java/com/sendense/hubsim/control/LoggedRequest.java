package com.sendense.hubsim.control;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** {@code path} as sent (not decoded); {@code status} is null when the connection was closed without a response. */
public record LoggedRequest(long seq, String method, String path, String query, @Nullable Integer status, Instant at) {}
