package com.sendense.console.restore;

import com.sendense.console.base.CsvWriter;
import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The restore audit log: written by every download attempt (before its first byte), read and exported by administrators
 * and managers.
 */
@Service
public class AuditLog {

    /** English keeps these machine-friendly names as headers. */
    static final List<String> CSV_COLUMNS = List.of("started_at", "finished_at", "user", "vm", "recovery_point", "disk",
            "path", "kind", "size", "bytes_delivered", "outcome", "reason", "detail");

    private static final int EXPORT_PAGE = 1000;

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditRepository repository;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes the STARTED row of a download about to begin and returns its id. Not role-checked: it
     * is written on behalf of whoever downloads.
     *
     * @throws AuditUnavailableException if it cannot be written: the download must not start
     */
    long started(DownloadRecord record) {
        try {
            long id = repository.insert(record);
            running.add(id);
            return id;
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
    }

    /** Records how a started download ended; a failure leaves the row STARTED and is logged. */
    void ended(long id, Instant finishedAt, @Nullable Long expectedBytes, long bytesDelivered, DownloadOutcome outcome,
            @Nullable String detail) {
        try {
            if (!repository.complete(id, finishedAt, expectedBytes, bytesDelivered, outcome, detail)) {
                log.error("The audit row {} was no longer STARTED; its end ({}) is not recorded", id, outcome);
            }
        } catch (RuntimeException e) {
            log.error("Could not record the end ({}) of audit row {}; it stays STARTED", outcome, id, e);
        } finally {
            running.remove(id);
        }
    }

    /** Records an attempt the console refused; losing it is logged, the refusal stands anyway. */
    void refused(DownloadRecord record) {
        try {
            repository.insert(record);
        } catch (RuntimeException e) {
            log.error("Could not record a refused download of {} by {}", record.path(), record.username(), e);
        }
    }

    /**
     * Whether a STARTED row belongs to a download this console is running. Any other STARTED row
     * lost its end: the console stopped during it (or, with several consoles on one database,
     * another console is running it).
     */
    public boolean isRunning(DownloadRecord record) {
        return record.outcome() == DownloadOutcome.STARTED && running.contains(record.id());
    }

    /** One page of the log, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<DownloadRecord> find(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, offset, limit);
    }

    /** How many rows match. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public int count(AuditFilter filter) {
        return repository.count(filter);
    }

    /** Writes every matching row as CSV (UTC ISO times) through {@link CsvWriter}, page by page. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void exportCsv(AuditFilter filter, Writer out) {
        exportCsv(filter, Languages.DEFAULT, out);
    }

    /** Headers in the reader's language ({@code restore.csv.<column>}); values stay machine-readable. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void exportCsv(AuditFilter filter, Locale locale, Writer out) {
        CsvWriter csv = CsvWriter.to(out)
                .row(CSV_COLUMNS.stream().map(c -> Messages.get(locale, "restore.csv." + c)).toList());

        for (int offset = 0;; offset += EXPORT_PAGE) {
            List<DownloadRecord> page = repository.find(filter, offset, EXPORT_PAGE);
            for (DownloadRecord r : page) {
                csv.row(r.startedAt().toString(), r.finishedAt() == null ? null : r.finishedAt().toString(),
                        r.username(), r.vmName(), r.backupId(), r.diskIndex(), r.path(), r.kind().name(),
                        r.expectedBytes(), r.bytesDelivered(), r.outcome().name(), r.reason(), r.detail());
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        csv.flush();
    }
}
