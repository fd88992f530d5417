package com.sendense.console.alerts;

import org.jspecify.annotations.Nullable;

/** Where one alert goes: a user's address on an e-mail channel, or a webhook's URL ({@code userId} null). */
record Target(long channelId, @Nullable Long userId, String address, String language, boolean digest) {}
