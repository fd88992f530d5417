package com.sendense.console.backups;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static com.sendense.console.backups.TestBackups.NFS;
import static com.sendense.console.backups.TestBackups.completed;
import static com.sendense.console.backups.TestBackups.failed;
import static com.sendense.console.backups.TestBackups.repository;
import static com.sendense.console.backups.TestBackups.running;
import static com.sendense.console.hub.BackupType.FULL;
import static com.sendense.console.hub.BackupType.INCREMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.BackupChainNode.FullNode;
import com.sendense.console.backups.BackupChainNode.IncrementalNode;
import com.sendense.console.backups.BackupChainNode.MissingFull;
import com.sendense.console.backups.BackupChainNode.RepositoryNode;
import com.sendense.console.hub.Backup;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryChainsTest {

    static final Instant NOW = Instant.parse("2025-10-09T12:00:00Z");

    final Backup full1 = completed("pgtest1", LOCAL, FULL, "2025-10-01T00:00:00Z", 40, 100L << 30);
    final Backup inc1 = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-02T00:00:00Z", 2, 50L << 20);
    final Backup inc2 = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-03T00:00:00Z", 2, 60L << 20);
    final Backup full2 = completed("pgtest1", LOCAL, FULL, "2025-10-05T00:00:00Z", 41, 101L << 30);
    final Backup inc3 = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-06T00:00:00Z", 2, 70L << 20);
    final Backup nfsFull = completed("pgtest1", NFS, FULL, "2025-10-04T00:00:00Z", 60, 100L << 30);

    @Test
    void each_full_backup_carries_its_incrementals_in_time_order_per_repository() {
        // The hub lists newest first; the chain is oldest first.
        RecoveryChain chain = build(List.of(inc3, full2, nfsFull, inc2, inc1, full1));

        assertThat(chain.roots()).extracting(n -> ((RepositoryNode) n).name())
                .containsExactly("NAS Offsite", "Primary Local");
        RepositoryNode local = (RepositoryNode) chain.roots().get(1);
        assertThat(local.points()).isEqualTo(5);
        assertThat(local.storedBytes())
                .isEqualTo((100L << 30) + (50L << 20) + (60L << 20) + (101L << 30) + (70L << 20));

        List<BackupChainNode> fulls = chain.children(local);
        assertThat(fulls).extracting(BackupChainNode::key).containsExactly(full1.id().value(), full2.id().value());
        assertThat(((FullNode) fulls.get(0)).incrementals()).isEqualTo(2);
        assertThat(chain.children(fulls.get(0))).extracting(BackupChainNode::key)
                .containsExactly(inc1.id().value(), inc2.id().value());
        assertThat(chain.children(fulls.get(1))).extracting(BackupChainNode::key).containsExactly(inc3.id().value());
        assertThat(chain.children(chain.roots().get(0))).singleElement().isInstanceOf(FullNode.class);
        assertThat(chain.points()).isEqualTo(6);
    }

    @Test
    void each_incremental_depends_on_the_point_before_it() {
        RecoveryChain chain = build(List.of(full1, inc1, inc2));
        var fullNode = chain.children(chain.roots().getFirst()).getFirst();
        List<BackupChainNode> incs = chain.children(fullNode);

        assertThat(((IncrementalNode) incs.get(0)).dependsOn().backup()).isEqualTo(full1);
        assertThat(((IncrementalNode) incs.get(1)).dependsOn().backup()).isEqualTo(inc1);
    }

    @Test
    void incrementals_before_the_first_listed_full_hang_under_a_missing_full() {
        RecoveryChain chain = build(List.of(inc1, inc2, full2, inc3));

        List<BackupChainNode> heads = chain.children(chain.roots().getFirst());
        assertThat(heads.getFirst()).isEqualTo(new MissingFull(LOCAL, 2));
        List<BackupChainNode> orphans = chain.children(heads.getFirst());
        assertThat(orphans).extracting(BackupChainNode::key).containsExactly(inc1.id().value(), inc2.id().value());
        assertThat(((IncrementalNode) orphans.get(0)).dependsOn()).isNull();
        assertThat(((IncrementalNode) orphans.get(1)).dependsOn().backup()).isEqualTo(inc1);
        assertThat(heads.get(1).key()).isEqualTo(full2.id().value());
    }

    @Test
    void only_completed_backups_are_recovery_points() {
        RecoveryChain chain = build(
                List.of(full1, failed("pgtest1", LOCAL, INCREMENTAL, "2025-10-02T00:00:00Z", "boom"),
                        running("pgtest1", LOCAL, INCREMENTAL, "2025-10-09T11:00:00Z")));

        assertThat(chain.points()).isEqualTo(1);
        assertThat(chain.children(chain.children(chain.roots().getFirst()).getFirst())).isEmpty();
    }

    @Test
    void a_backup_finished_moments_ago_may_not_be_mountable_yet() {
        Backup justNow = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-09T11:57:00Z", 2, 1L << 20);
        RecoveryChain chain = build(List.of(full1, justNow));

        var fullNode = (FullNode) chain.children(chain.roots().getFirst()).getFirst();
        var incNode = (IncrementalNode) chain.children(fullNode).getFirst();
        assertThat(fullNode.state()).isEqualTo(RestoreState.MOUNTABLE);
        assertThat(incNode.state()).isEqualTo(RestoreState.JUST_FINISHED);
        assertThat(RecoveryChains.state(justNow, NOW.plus(RecoveryChains.MOUNTABLE_AFTER)))
                .isEqualTo(RestoreState.MOUNTABLE);
    }

    @Test
    void no_completed_backup_means_an_empty_chain() {
        assertThat(build(List.of()).isEmpty()).isTrue();
    }

    private static RecoveryChain build(List<Backup> backups) {
        var entries = HistoryAssembler.entries(backups,
                List.of(repository(LOCAL, "Primary Local"), repository(NFS, "NAS Offsite")));
        return RecoveryChains.build(entries, NOW);
    }
}
