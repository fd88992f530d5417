package com.sendense.console.restore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Caps of a file preview. The hub cannot send part of a file, so {@code maxBytes} is where the console stops reading
 * and closes the connection: a larger image, PDF or Office file is not previewed at all, a larger text file shows its
 * beginning, up to {@code textBytes} (what the browser is sent). {@code maxPixels} guards the decoder against a small
 * file that unpacks to a huge image; {@code
 * maxPages}: PDF pages rendered; {@code imageSide}: longest side, in pixels, of what the browser receives.
 */
@ConfigurationProperties("console.restore.preview")
public record PreviewProperties(@DefaultValue("16MB") DataSize maxBytes, @DefaultValue("40000000") long maxPixels,
        @DefaultValue("3") int maxPages, @DefaultValue("1200") int imageSide,
        @DefaultValue("256KB") DataSize textBytes) {

    public PreviewProperties {
        if (maxBytes.toBytes() < 1 || textBytes.toBytes() < 1 || maxPixels < 1 || maxPages < 1 || imageSide < 16) {
            throw new IllegalArgumentException(
                    "console.restore.preview: max-bytes, text-bytes, max-pixels and max-pages must be at least 1, image-side 16");
        }
    }

    /** What a preview of this kind may read from the hub. */
    public long cap(PreviewKind kind) {
        return kind == PreviewKind.TEXT ? Math.min(textBytes.toBytes(), maxBytes.toBytes()) : maxBytes.toBytes();
    }

    public static PreviewProperties defaults() {
        return new PreviewProperties(DataSize.ofMegabytes(16), 40_000_000, 3, 1200, DataSize.ofKilobytes(256));
    }
}
