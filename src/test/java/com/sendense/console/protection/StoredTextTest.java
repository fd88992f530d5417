package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.reliability.BadInput;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A run's stored message reads in each viewer's language; runs recorded in English before still show. */
class StoredTextTest {

    @Test
    void a_stored_message_reads_in_the_viewers_language() {
        String stored = RunVerdict
                .of(List.of(vm(VmOutcome.COMPLETED), vm(VmOutcome.FAILED), vm(VmOutcome.START_FAILED)))
                .orElseThrow()
                .message();

        assertThat(StoredText.show(stored, Locale.ENGLISH))
                .isEqualTo("1 of 3 backups completed, 1 failed, 1 did not start.");
        assertThat(StoredText.show(stored, Locale.GERMAN))
                .isEqualTo("1 von 3 Backups abgeschlossen, 1 fehlgeschlagen, 1 nicht gestartet.");
    }

    @Test
    void a_message_stored_in_english_before_the_console_spoke_german_is_shown_as_it_was() {
        assertThat(StoredText.show("2 of 2 backups completed.", Locale.GERMAN)).isEqualTo("2 of 2 backups completed.");
        assertThat(StoredText.show(null, Locale.GERMAN)).isEmpty();
    }

    @Test
    void several_sentences_are_joined_in_order() {
        String stored = StoredText.join(
                StoredText.encode(Text.of("protection.runMessage.skipped", "12", "2026-12-07 01:00 CET")),
                StoredText.encode(Text.of("protection.runMessage.missedOne", "2026-12-07 01:00 CET"),
                        Text.of("protection.runMessage.caughtUp")));

        assertThat(StoredText.show(stored, Locale.GERMAN)).isEqualTo(
                "Übersprungen: Lauf Nr. 12 dieses Flows lief um 2026-12-07 01:00 CET noch. Die Konsole lief um 2026-12-07 01:00 CET nicht. Jetzt einmal nachgeholt.");
        assertThat(StoredText.join(null, stored)).isEqualTo(stored);
        assertThat(StoredText.join("Old English text.", stored)).startsWith("Old English text. ");
    }

    @Test
    @BadInput("markup in hub strings")
    void the_hubs_words_inside_a_message_stay_text_and_never_become_a_key() {
        for (String hostile : List.of(HostileNames.MARKUP, HostileNames.MARKUP_ERROR, HostileNames.UMLAUT,
                HostileNames.LONG)) {
            String stored = StoredText.encode(Text.of("protection.runMessage.backupFailed", hostile));

            assertThat(StoredText.show(stored, Locale.GERMAN)).isEqualTo("Das Backup ist fehlgeschlagen: " + hostile);
        }
        String withSeparators = StoredText.encode(Text.of("protection.runMessage.backupFailed", "a\u001fb\u001ec"));
        assertThat(StoredText.show(withSeparators, Locale.ENGLISH)).isEqualTo("The backup failed: a b c");
    }

    private static RunVm vm(VmOutcome outcome) {
        return new RunVm("vm", "ctx", null, null, outcome, null);
    }
}
