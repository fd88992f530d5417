package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.RestoreState;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.testsupport.KeysInSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every key the backup code names, or builds from an enum, has a text in English and German. */
class BackupTextsTest {

    @Test
    void every_key_written_in_the_backup_sources_exists() throws Exception {
        var keys = KeysInSources.in("backups", "backups");

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(keys.stream().filter(k -> !Messages.has(k)).toList()).isEmpty();
    }

    @Test
    void badges_and_labels_built_from_enums_are_translated() {
        List<String> texts = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (BackupStatus s : BackupStatus.values()) {
                texts.add(BackupBadges.statusLabel(s, locale));
            }
            for (BackupType t : BackupType.values()) {
                texts.add(BackupBadges.typeLabel(t, locale));
                texts.add(JobTexts.typeBackup(t, locale));
            }
            for (RestoreState r : RestoreState.values()) {
                texts.add(BackupBadges.restore(r, locale).getText());
            }
        }

        assertThat(texts).noneMatch(t -> t.startsWith("!")).contains("Fehlgeschlagen", "Inkrementelle Sicherung");
    }
}
