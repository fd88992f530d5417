package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.util.Locale;
import java.util.Map;

/** What kind of file an entry is, by its extension, for the type column and the icon. */
public final class FileTypes {

    public enum Kind {
        FOLDER, PARTITION, LINK, DOCUMENT, SPREADSHEET, PRESENTATION, PDF, IMAGE, AUDIO, VIDEO, ARCHIVE, TEXT, CODE, DATABASE, EXECUTABLE, OTHER
    }

    private record Type(String description, Kind kind) {}

    private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
            Map.entry("doc", new Type("Word document", Kind.DOCUMENT)),
            Map.entry("docx", new Type("Word document", Kind.DOCUMENT)),
            Map.entry("odt", new Type("Text document", Kind.DOCUMENT)),
            Map.entry("rtf", new Type("Rich text document", Kind.DOCUMENT)),
            Map.entry("xls", new Type("Excel workbook", Kind.SPREADSHEET)),
            Map.entry("xlsx", new Type("Excel workbook", Kind.SPREADSHEET)),
            Map.entry("csv", new Type("CSV file", Kind.SPREADSHEET)),
            Map.entry("ppt", new Type("PowerPoint presentation", Kind.PRESENTATION)),
            Map.entry("pptx", new Type("PowerPoint presentation", Kind.PRESENTATION)),
            Map.entry("pdf", new Type("PDF document", Kind.PDF)), Map.entry("jpg", new Type("JPEG image", Kind.IMAGE)),
            Map.entry("jpeg", new Type("JPEG image", Kind.IMAGE)), Map.entry("png", new Type("PNG image", Kind.IMAGE)),
            Map.entry("gif", new Type("GIF image", Kind.IMAGE)), Map.entry("bmp", new Type("Bitmap image", Kind.IMAGE)),
            Map.entry("svg", new Type("SVG image", Kind.IMAGE)), Map.entry("mp3", new Type("MP3 audio", Kind.AUDIO)),
            Map.entry("wav", new Type("WAV audio", Kind.AUDIO)), Map.entry("mp4", new Type("MP4 video", Kind.VIDEO)),
            Map.entry("mov", new Type("QuickTime video", Kind.VIDEO)),
            Map.entry("avi", new Type("AVI video", Kind.VIDEO)),
            Map.entry("zip", new Type("ZIP archive", Kind.ARCHIVE)),
            Map.entry("gz", new Type("Gzip archive", Kind.ARCHIVE)),
            Map.entry("tar", new Type("Tar archive", Kind.ARCHIVE)),
            Map.entry("7z", new Type("7-Zip archive", Kind.ARCHIVE)),
            Map.entry("cab", new Type("Cabinet file", Kind.ARCHIVE)),
            Map.entry("txt", new Type("Text file", Kind.TEXT)), Map.entry("log", new Type("Log file", Kind.TEXT)),
            Map.entry("ini", new Type("Configuration settings", Kind.TEXT)),
            Map.entry("conf", new Type("Configuration file", Kind.TEXT)),
            Map.entry("md", new Type("Markdown file", Kind.TEXT)), Map.entry("xml", new Type("XML file", Kind.CODE)),
            Map.entry("json", new Type("JSON file", Kind.CODE)), Map.entry("html", new Type("HTML file", Kind.CODE)),
            Map.entry("sh", new Type("Shell script", Kind.CODE)),
            Map.entry("ps1", new Type("PowerShell script", Kind.CODE)),
            Map.entry("sql", new Type("SQL script", Kind.CODE)),
            Map.entry("bak", new Type("Backup file", Kind.DATABASE)),
            Map.entry("dump", new Type("Database dump", Kind.DATABASE)),
            Map.entry("db", new Type("Database file", Kind.DATABASE)),
            Map.entry("exe", new Type("Application", Kind.EXECUTABLE)),
            Map.entry("dll", new Type("Application extension", Kind.EXECUTABLE)),
            Map.entry("msi", new Type("Windows installer", Kind.EXECUTABLE)),
            Map.entry("lnk", new Type("Shortcut", Kind.LINK)),
            Map.entry("url", new Type("Internet shortcut", Kind.LINK)));

    private FileTypes() {}

    /** "Folder", "Partition", "PDF document", or "XYZ file" for an unknown extension. */
    public static String describe(FileEntry entry) {
        if (entry.isDirectory()) {
            return isPartition(entry) ? "Partition" : "Folder";
        }
        if (entry.symlink()) {
            return "Link";
        }
        String ext = extension(entry.name());
        Type type = BY_EXTENSION.get(ext);
        if (type != null) {
            return type.description();
        }
        return ext.isEmpty() ? "File" : ext.toUpperCase(Locale.ROOT) + " file";
    }

    public static Kind kind(FileEntry entry) {
        if (entry.isDirectory()) {
            return isPartition(entry) ? Kind.PARTITION : Kind.FOLDER;
        }
        if (entry.symlink()) {
            return Kind.LINK;
        }
        Type type = BY_EXTENSION.get(extension(entry.name()));
        return type == null ? Kind.OTHER : type.kind();
    }

    /** A virtual partition folder at the mount's root ({@code /partition-<k>}). */
    public static boolean isPartition(FileEntry entry) {
        return entry.isDirectory() && entry.path().segments().size() == 1
                && entry.path().name().startsWith("partition-");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
