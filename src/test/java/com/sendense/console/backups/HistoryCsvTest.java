package com.sendense.console.backups;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupType;
import com.sendense.reliability.BadInput;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    @Test
    void a_file_has_a_header_iso_times_and_one_line_per_backup_even_with_a_multi_line_error() throws Exception {
        var failed = TestBackups.failed("pgtest1", LOCAL, BackupType.FULL, "2025-10-08T18:24:31Z",
                "NBD read failed, \"disk-2000\"\nretry 3/3");
        var ok = TestBackups.completed("web-01", LOCAL, BackupType.INCREMENTAL, "2025-10-08T05:33:13Z", 1, 57_671_680);
        var out = new StringWriter();

        HistoryCsv.write(List.of(new HistoryEntry(failed, "Primary, Local"), new HistoryEntry(ok, "Primary, Local")),
                out);

        assertThat(out.toString()).isEqualTo(String.join("\r\n",
                "backup_id,vm_name,type,status,repository_id,repository_name,started_at,completed_at,duration_seconds,"
                        + "bytes_transferred,total_bytes,disks,error_message",
                "backup-pgtest1-1759947871,pgtest1,full,failed," + LOCAL + ",\"Primary, Local\",2025-10-08T18:24:31Z,"
                        + "2025-10-08T18:27:31Z,180,1073741824,1073741824,2,\"NBD read failed, \"\"disk-2000\"\"\nretry 3/3\"",
                "backup-web-01-1759901593,web-01,incremental,completed," + LOCAL
                        + ",\"Primary, Local\",2025-10-08T05:33:13Z,"
                        + "2025-10-08T05:34:13Z,60,57671680,2306867200,2,",
                ""));
    }

    @Test
    void an_empty_history_is_just_the_header() throws Exception {
        var out = new StringWriter();
        HistoryCsv.write(List.of(), out);
        assertThat(out.toString()).isEqualTo(String.join(",", HistoryCsv.HEADER) + "\r\n");
    }

    @Test
    @BadInput("csv formula")
    void hostile_vm_names_and_error_messages_are_neutralised() throws Exception {
        var failed = TestBackups.failed("=cmd|' /C calc'!A0", LOCAL, BackupType.FULL, "2025-10-08T18:24:31Z",
                "-2+3+HYPERLINK(\"http://evil\")");
        var out = new StringWriter();

        HistoryCsv.write(List.of(new HistoryEntry(failed, "@Primary")), out);

        String row = out.toString().split("\r\n")[1];
        assertThat(row).contains(",'=cmd|' /C calc'!A0,full,failed,")
                .contains(",'@Primary,")
                .endsWith(",\"'-2+3+HYPERLINK(\"\"http://evil\"\")\"");
    }
}
