package com.sendense.hubsim.restore;

import java.util.Locale;
import java.util.Map;

/** The hub's fixed extension table for {@code /download} (anything else is application/octet-stream). */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry(".txt", "text/plain"),
            Map.entry(".html", "text/html"), Map.entry(".htm", "text/html"), Map.entry(".css", "text/css"),
            Map.entry(".js", "application/javascript"), Map.entry(".json", "application/json"),
            Map.entry(".xml", "application/xml"), Map.entry(".pdf", "application/pdf"),
            Map.entry(".zip", "application/zip"), Map.entry(".tar", "application/x-tar"),
            Map.entry(".gz", "application/gzip"), Map.entry(".jpg", "image/jpeg"), Map.entry(".jpeg", "image/jpeg"),
            Map.entry(".png", "image/png"), Map.entry(".gif", "image/gif"), Map.entry(".bmp", "image/bmp"),
            Map.entry(".svg", "image/svg+xml"), Map.entry(".mp3", "audio/mpeg"), Map.entry(".mp4", "video/mp4"),
            Map.entry(".avi", "video/x-msvideo"), Map.entry(".mov", "video/quicktime"),
            Map.entry(".doc", "application/msword"),
            Map.entry(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry(".xls", "application/vnd.ms-excel"),
            Map.entry(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry(".ppt", "application/vnd.ms-powerpoint"),
            Map.entry(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private ContentTypes() {}

    /** The Content-Type for a file name, by its extension ({@code filepath.Ext}, case-insensitive). */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
