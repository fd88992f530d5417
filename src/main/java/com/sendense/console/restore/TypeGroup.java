package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.util.Locale;
import java.util.Set;

/** The file type groups a search can be narrowed to, by extension ({@link FileTypes}, plus mail, which it lacks). */
public enum TypeGroup {

    DOCUMENTS("Documents"), SPREADSHEETS("Spreadsheets"), PRESENTATIONS("Presentations"), IMAGES("Images"), ARCHIVES(
            "Archives"), MAIL("Mail"), AUDIO_VIDEO("Audio and video"), OTHER("Other files");

    private static final Set<String> MAIL_EXTENSIONS = Set.of("eml", "msg", "pst", "ost", "mbox", "emlx");

    private final String label;

    TypeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Folders belong to no group: a type filter finds files only. */
    public static TypeGroup of(FileEntry entry) {
        String name = entry.name();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && MAIL_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return MAIL;
        }
        return switch (FileTypes.kind(entry)) {
            case DOCUMENT, PDF, TEXT -> DOCUMENTS;
            case SPREADSHEET -> SPREADSHEETS;
            case PRESENTATION -> PRESENTATIONS;
            case IMAGE -> IMAGES;
            case ARCHIVE -> ARCHIVES;
            case AUDIO, VIDEO -> AUDIO_VIDEO;
            default -> OTHER;
        };
    }
}
