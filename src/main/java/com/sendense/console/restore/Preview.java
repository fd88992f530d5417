package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FileEntry;
import java.util.List;
import java.util.Map;

/**
 * What a preview shows of one file. Pictures are PNGs the server made small: the browser never gets the file itself.
 */
public sealed interface Preview {

    FileEntry file();

    /** {@code cut}: only the first {@code bytesRead} bytes were read (the cap), the file goes on. */
    record TextContent(FileEntry file, String text, String encoding, long bytesRead, boolean cut) implements Preview {}

    /** One picture scaled down on the server; {@code width}/{@code height} are the original's. */
    record Picture(FileEntry file, byte[] png, int width, int height) implements Preview {}

    /** The first {@code pages.size()} of {@code pageCount} pages, each a PNG. */
    record Pages(FileEntry file, List<byte[]> pages, int pageCount) implements Preview {}

    /** An Office document's properties: no renderer that runs here is cheap enough (decision 020). */
    record Properties(FileEntry file, Map<String, String> properties) implements Preview {}

    /**
     * Not previewed, and why: too large ({@code tooLarge}: offer the download instead), a type with no previewer, or a
     * file that cannot be read as what its name says.
     */
    record Refused(FileEntry file, Text why, boolean tooLarge) implements Preview {}
}
