package com.sendense.console.hub;

import java.util.OptionalLong;

/**
 * {@code fileName} comes from the requested path, not the hub's raw {@code Content-Disposition}
 * (unescaped quotes, raw UTF-8). Archives have no {@code contentLength}.
 */
public record DownloadMeta(String fileName, String contentType, OptionalLong contentLength) {}
