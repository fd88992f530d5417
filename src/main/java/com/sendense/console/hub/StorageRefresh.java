package com.sendense.console.hub;

public record StorageRefresh(int refreshed, int failed, String message) {}
