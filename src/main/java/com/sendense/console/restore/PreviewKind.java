package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which previewer reads a file, by its extension (the hub gives no content type for a single file). */
public enum PreviewKind {

    TEXT, IMAGE, PDF, OFFICE;

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "log", "csv", "ini", "conf", "cfg", "md", "xml",
            "json", "html", "htm", "sh", "ps1", "bat", "cmd", "sql", "yaml", "yml", "properties", "reg", "inf", "js",
            "css", "java", "py", "c", "h", "cs", "tsv", "eml");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    private static final Set<String> OFFICE_EXTENSIONS = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp");

    public static Optional<PreviewKind> of(FileEntry entry) {
        if (entry.isDirectory() || entry.symlink()) {
            return Optional.empty();
        }
        String name = entry.name();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (TEXT_EXTENSIONS.contains(ext)) {
            return Optional.of(TEXT);
        }
        if (IMAGE_EXTENSIONS.contains(ext)) {
            return Optional.of(IMAGE);
        }
        if (ext.equals("pdf")) {
            return Optional.of(PDF);
        }
        return OFFICE_EXTENSIONS.contains(ext) ? Optional.of(OFFICE) : Optional.empty();
    }
}
