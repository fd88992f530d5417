package com.sendense.console.backups;

import com.sendense.console.base.CsvWriter;
import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.Backup;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Backup history as CSV through {@link CsvWriter}: a header row, timestamps in ISO 8601 UTC, sizes
 * in bytes, durations in seconds. VM names and error messages are hub strings and are neutralised.
 */
final class HistoryCsv {

    /** The columns; their headers are {@code backups.csv.<column>} (English keeps these machine-friendly names). */
    static final List<String> HEADER = List.of("backup_id", "vm_name", "type", "status", "repository_id",
            "repository_name", "started_at", "completed_at", "duration_seconds", "bytes_transferred", "total_bytes",
            "disks", "error_message");

    private HistoryCsv() {}

    static void write(List<HistoryEntry> entries, Writer out) throws IOException {
        write(entries, Languages.DEFAULT, out);
    }

    /** Headers in the reader's language; the values stay as the hub sends them, for spreadsheets and scripts. */
    static void write(List<HistoryEntry> entries, Locale locale, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.to(out)
                .row(HEADER.stream().map(h -> Messages.get(locale, "backups.csv." + h)).toList());

        for (HistoryEntry e : entries) {
            Backup b = e.backup();
            csv.row(b.id().value(), b.vmName(), b.type().wireValue(), b.status().wireValue(), b.repositoryId(),
                    e.repositoryName(), iso(b.startedAt() != null ? b.startedAt() : b.createdAt()),
                    iso(b.completedAt()), e.duration().map(d -> d.toSeconds()).orElse(null), b.bytesTransferred(),
                    b.totalBytes(), b.disksCount(), b.errorMessage());
        }
        csv.flush();
        out.flush();
    }

    private static @Nullable String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }
}
