package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.FileEntry;
import java.util.Locale;
import java.util.Set;

/** The file type groups a search can be narrowed to, by extension ({@link FileTypes}, plus mail, which it lacks). */
public enum TypeGroup {

    DOCUMENTS, SPREADSHEETS, PRESENTATIONS, IMAGES, ARCHIVES, MAIL, AUDIO_VIDEO, OTHER;

    private static final Set<String> MAIL_EXTENSIONS = Set.of("eml", "msg", "pst", "ost", "mbox", "emlx");

    /** In English, for what is stored (the audit's description of a search). */
    public String label() {
        return label(Languages.DEFAULT);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "restore.typeGroup." + name().toLowerCase(Locale.ROOT));
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
