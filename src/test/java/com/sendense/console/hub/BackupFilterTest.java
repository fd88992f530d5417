package com.sendense.console.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackupFilterTest {

    @Test
    void factories_select_and_withers_narrow() {
        BackupFilter filter = BackupFilter.forVm("pgtest1").ofType(BackupType.FULL).andStatus(BackupStatus.COMPLETED);

        assertThat(filter).isEqualTo(new BackupFilter(null, "pgtest1", null, BackupStatus.COMPLETED, BackupType.FULL));
        assertThat(BackupFilter.withStatus(BackupStatus.RUNNING).status()).isEqualTo(BackupStatus.RUNNING);
    }

    @Test
    void the_hub_selects_by_one_thing_only() {
        assertThatThrownBy(() -> new BackupFilter("ctx", "vm", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_filter_that_the_hub_would_answer_with_nothing_is_refused() {
        assertThatThrownBy(() -> new BackupFilter(null, null, null, null, BackupType.FULL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupFilter.withStatus(BackupStatus.STARTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupFilter.forVm(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
