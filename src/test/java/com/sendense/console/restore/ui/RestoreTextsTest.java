package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.PowerState;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadOutcome;
import com.sendense.console.restore.FileTypes;
import com.sendense.console.restore.TypeGroup;
import com.sendense.console.testsupport.KeysInSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every key the restore code names, or builds from an enum or a reason, has a text in English and German. */
class RestoreTextsTest {

    static final List<String> EXTENSIONS = List.of("doc", "docx", "odt", "rtf", "xls", "xlsx", "csv", "ppt", "pptx",
            "pdf", "jpg", "jpeg", "png", "gif", "bmp", "svg", "mp3", "wav", "mp4", "mov", "avi", "zip", "gz", "tar",
            "7z", "cab", "txt", "log", "ini", "conf", "md", "xml", "json", "html", "sh", "ps1", "sql", "bak", "dump",
            "db", "exe", "dll", "msi", "lnk", "url", "xyz", "");

    @Test
    void every_key_written_in_the_restore_sources_exists() throws Exception {
        var keys = KeysInSources.in("restore", "restore");

        assertThat(keys).hasSizeGreaterThan(150);
        assertThat(keys.stream().filter(k -> !Messages.has(k)).toList()).isEmpty();
    }

    @Test
    void keys_built_from_enums_and_reasons_are_translated() {
        List<String> keys = new ArrayList<>();
        for (String error : List.of("slotsFull", "diskNotFound", "qcow2Missing", "noPartitions", "blockedByFailed",
                "notReady", "outcomeUnknown", "mountGone")) {
            keys.add("restore.mountError." + error + ".title");
            keys.add("restore.mountError." + error + ".text");
        }
        for (String reason : List.of("leavesPartition", "tooManyLinks", "windowsPath", "absolutePath",
                "otherPartition")) {
            keys.add("restore.link.refused." + reason);
        }
        for (PowerState p : PowerState.values()) {
            keys.add("restore.power." + p.name().toLowerCase(Locale.ROOT));
        }
        keys.addAll(WizardStepper.STEPS);

        assertThat(keys.stream().filter(k -> !Messages.has(k)).toList()).isEmpty();
    }

    @Test
    void labels_of_enums_and_file_types_are_german_in_german() {
        List<String> texts = new ArrayList<>();
        for (TypeGroup g : TypeGroup.values()) {
            texts.add(g.label(Locale.GERMAN));
        }
        for (DownloadKind k : DownloadKind.values()) {
            texts.add(k.label(Locale.GERMAN));
        }
        for (DownloadOutcome o : DownloadOutcome.values()) {
            texts.add(AuditLogView.label(o, Locale.GERMAN));
        }
        for (String ext : EXTENSIONS) {
            String name = ext.isEmpty() ? "README" : "file." + ext;
            texts.add(FileTypes.describe(new FileEntry(name, HubPath.of("/partition-1/" + name), EntryType.FILE, 1,
                    "0644", null, false, null), Locale.GERMAN));
        }

        assertThat(texts).noneMatch(t -> t.startsWith("!"))
                .contains("Audio und Video", "Abgelehnt", "Word-Dokument", "XYZ-Datei", "Datei");
        assertThat(FileTypes.describe(
                new FileEntry("a.pdf", HubPath.of("/partition-1/a.pdf"), EntryType.FILE, 1, "0644", null, false, null)))
                .isEqualTo("PDF document");
    }
}
