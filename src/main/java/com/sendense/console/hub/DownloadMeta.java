package com.sendense.console.hub;

import java.util.OptionalLong;

/**
 * What is known about a download before its body arrives.
 *
 * @param fileName the name to save as, derived from the requested path (not from the hub's raw
 *     {@code Content-Disposition}, which has unescaped quotes and raw UTF-8); {@code .zip} is
 *     added when the hub auto-zips a directory, and {@code .zip}/{@code .tar.gz} for archives
 * @param contentType the hub's content type
 * @param contentLength the length, when the hub sent one (single files do; archives don't)
 */
public record DownloadMeta(String fileName, String contentType, OptionalLong contentLength) {}
