package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.FileEntry;
import java.util.Locale;
import java.util.Map;

/** What kind of file an entry is, by its extension, for the type column and the icon. */
public final class FileTypes {

    public enum Kind {
        FOLDER, PARTITION, LINK, DOCUMENT, SPREADSHEET, PRESENTATION, PDF, IMAGE, AUDIO, VIDEO, ARCHIVE, TEXT, CODE, DATABASE, EXECUTABLE, OTHER
    }

    /** {@code description} names the key {@code restore.fileType.<description>}. */
    private record Type(String description, Kind kind) {}

    private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
            Map.entry("doc", new Type("wordDocument", Kind.DOCUMENT)),
            Map.entry("docx", new Type("wordDocument", Kind.DOCUMENT)),
            Map.entry("odt", new Type("textDocument", Kind.DOCUMENT)),
            Map.entry("rtf", new Type("richTextDocument", Kind.DOCUMENT)),
            Map.entry("xls", new Type("excelWorkbook", Kind.SPREADSHEET)),
            Map.entry("xlsx", new Type("excelWorkbook", Kind.SPREADSHEET)),
            Map.entry("csv", new Type("csvFile", Kind.SPREADSHEET)),
            Map.entry("ppt", new Type("powerpointPresentation", Kind.PRESENTATION)),
            Map.entry("pptx", new Type("powerpointPresentation", Kind.PRESENTATION)),
            Map.entry("pdf", new Type("pdfDocument", Kind.PDF)), Map.entry("jpg", new Type("jpegImage", Kind.IMAGE)),
            Map.entry("jpeg", new Type("jpegImage", Kind.IMAGE)), Map.entry("png", new Type("pngImage", Kind.IMAGE)),
            Map.entry("gif", new Type("gifImage", Kind.IMAGE)), Map.entry("bmp", new Type("bitmapImage", Kind.IMAGE)),
            Map.entry("svg", new Type("svgImage", Kind.IMAGE)), Map.entry("mp3", new Type("mp3Audio", Kind.AUDIO)),
            Map.entry("wav", new Type("wavAudio", Kind.AUDIO)), Map.entry("mp4", new Type("mp4Video", Kind.VIDEO)),
            Map.entry("mov", new Type("quicktimeVideo", Kind.VIDEO)),
            Map.entry("avi", new Type("aviVideo", Kind.VIDEO)), Map.entry("zip", new Type("zipArchive", Kind.ARCHIVE)),
            Map.entry("gz", new Type("gzipArchive", Kind.ARCHIVE)),
            Map.entry("tar", new Type("tarArchive", Kind.ARCHIVE)),
            Map.entry("7z", new Type("7zipArchive", Kind.ARCHIVE)),
            Map.entry("cab", new Type("cabinetFile", Kind.ARCHIVE)), Map.entry("txt", new Type("textFile", Kind.TEXT)),
            Map.entry("log", new Type("logFile", Kind.TEXT)),
            Map.entry("ini", new Type("configurationSettings", Kind.TEXT)),
            Map.entry("conf", new Type("configurationFile", Kind.TEXT)),
            Map.entry("md", new Type("markdownFile", Kind.TEXT)), Map.entry("xml", new Type("xmlFile", Kind.CODE)),
            Map.entry("json", new Type("jsonFile", Kind.CODE)), Map.entry("html", new Type("htmlFile", Kind.CODE)),
            Map.entry("sh", new Type("shellScript", Kind.CODE)),
            Map.entry("ps1", new Type("powershellScript", Kind.CODE)),
            Map.entry("sql", new Type("sqlScript", Kind.CODE)), Map.entry("bak", new Type("backupFile", Kind.DATABASE)),
            Map.entry("dump", new Type("databaseDump", Kind.DATABASE)),
            Map.entry("db", new Type("databaseFile", Kind.DATABASE)),
            Map.entry("exe", new Type("application", Kind.EXECUTABLE)),
            Map.entry("dll", new Type("applicationExtension", Kind.EXECUTABLE)),
            Map.entry("msi", new Type("windowsInstaller", Kind.EXECUTABLE)),
            Map.entry("lnk", new Type("shortcut", Kind.LINK)),
            Map.entry("url", new Type("internetShortcut", Kind.LINK)));

    private FileTypes() {}

    /** In English, for sorting the same way whoever looks. */
    public static String describe(FileEntry entry) {
        return describe(entry, Languages.DEFAULT);
    }

    /** "Folder", "Partition", "PDF document", or "XYZ file" for an unknown extension. */
    public static String describe(FileEntry entry, Locale locale) {
        if (entry.isDirectory()) {
            return Messages.get(locale, isPartition(entry) ? "restore.fileType.partition" : "restore.fileType.folder");
        }
        if (entry.symlink()) {
            return Messages.get(locale, "restore.fileType.link");
        }
        String ext = extension(entry.name());
        Type type = BY_EXTENSION.get(ext);
        if (type != null) {
            return Messages.get(locale, "restore.fileType." + type.description());
        }
        return ext.isEmpty()
                ? Messages.get(locale, "restore.fileType.file")
                : Messages.get(locale, "restore.fileType.extension", ext.toUpperCase(Locale.ROOT));
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

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
