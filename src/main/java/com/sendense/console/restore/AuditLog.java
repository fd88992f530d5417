package com.sendense.console.restore;

import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The restore audit log: written by every download, read and exported by administrators and managers. */
@Service
public class AuditLog {

    private static final int EXPORT_PAGE = 1000;

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    /** Stores one finished download. Not role-checked: it is written on behalf of whoever downloaded. */
    void record(DownloadRecord record) {
        repository.insert(record);
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

    /** Writes every matching row as CSV (RFC 4180, UTC ISO times), page by page. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void exportCsv(AuditFilter filter, Writer out) {
        try {
            out.write("started_at,finished_at,user,vm,recovery_point,disk,path,kind,size,bytes_delivered,outcome,reason,detail\r\n");
            for (int offset = 0; ; offset += EXPORT_PAGE) {
                List<DownloadRecord> page = repository.find(filter, offset, EXPORT_PAGE);
                for (DownloadRecord r : page) {
                    out.write(String.join(",", Stream.of(r.startedAt().toString(), r.finishedAt().toString(),
                            r.username(), r.vmName(), r.backupId(), String.valueOf(r.diskIndex()), r.path(),
                            r.kind().name(), r.expectedBytes() == null ? "" : r.expectedBytes().toString(),
                            String.valueOf(r.bytesDelivered()), r.outcome().name(), r.reason(), r.detail())
                            .map(AuditLog::csv).toList()));
                    out.write("\r\n");
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Quote every field that needs it; a leading =, +, - or @ is defused so spreadsheets do not run it.
    static String csv(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
