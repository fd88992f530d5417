package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Backup history as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, timestamps in ISO 8601 UTC, sizes in bytes, durations in seconds.
 */
final class HistoryCsv {

    static final List<String> HEADER = List.of("backup_id", "vm_name", "type", "status", "repository_id",
            "repository_name", "started_at", "completed_at", "duration_seconds", "bytes_transferred", "total_bytes",
            "disks", "error_message");

    private HistoryCsv() {
    }

    static void write(List<HistoryEntry> entries, Writer out) throws IOException {
        line(out, HEADER.stream());
        for (HistoryEntry e : entries) {
            Backup b = e.backup();
            line(out, Stream.of(b.id().value(), b.vmName(), b.type().wireValue(), b.status().wireValue(),
                    b.repositoryId(), e.repositoryName(), iso(b.startedAt() != null ? b.startedAt() : b.createdAt()),
                    iso(b.completedAt()), e.duration().map(d -> Long.toString(d.toSeconds())).orElse(""),
                    Long.toString(b.bytesTransferred()), Long.toString(b.totalBytes()), Integer.toString(b.disksCount()),
                    b.errorMessage() == null ? "" : b.errorMessage()));
        }
        out.flush();
    }

    static String escape(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static void line(Writer out, Stream<String> fields) throws IOException {
        out.write(String.join(",", fields.map(HistoryCsv::escape).toList()));
        out.write("\r\n");
    }

    private static String iso(@Nullable Instant t) {
        return t == null ? "" : t.toString();
    }
}
