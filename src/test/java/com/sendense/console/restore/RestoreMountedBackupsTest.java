package com.sendense.console.restore;

import static com.sendense.console.restore.RestoreFixture.PG_FULL;
import static com.sendense.console.restore.RestoreFixture.PG_INCR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestoreMountedBackupsTest {

    private final RestoreFixture f = new RestoreFixture();
    private final RestoreMountedBackups lookup = new RestoreMountedBackups(f.service);

    @Test
    void with_nothing_mounted_no_backup_is_mounted() {
        assertThat(lookup.isMounted(PG_FULL)).contains(false);
    }

    @Test
    void a_backup_the_console_mounted_is_mounted_and_the_others_are_not() {
        f.service.mount("pgtest1", PG_FULL, 0);

        assertThat(lookup.isMounted(PG_FULL)).contains(true);
        assertThat(lookup.isMounted(PG_INCR)).contains(false);
    }

    @Test
    void a_mount_the_console_did_not_make_leaves_every_other_backup_unknown() {
        f.service.mount("pgtest1", PG_FULL, 0);
        f.hub.addForeignMount("backup-fs01-1", 0);

        assertThat(lookup.isMounted(PG_FULL)).contains(true);
        assertThat(lookup.isMounted(PG_INCR)).isEmpty();
    }
}
