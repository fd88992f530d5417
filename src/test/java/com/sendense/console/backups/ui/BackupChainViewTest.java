package com.sendense.console.backups.ui;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.BackupChainNode;
import com.sendense.console.backups.BackupChainNode.FullNode;
import com.sendense.console.backups.BackupChainNode.IncrementalNode;
import com.sendense.console.backups.BackupChainNode.RepositoryNode;
import com.sendense.console.backups.TestBackups;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.users.Roles;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "manager", roles = Roles.MANAGER)
class BackupChainViewTest extends BackupViewsTestBase {

    @Test
    void the_tree_holds_each_full_with_its_incrementals_in_time_order_all_expanded() {
        var view = navigate(BackupChainView.class, Map.of(BackupChainView.VM_NAME, "pgtest1"));

        List<BackupChainNode> roots = children(view, null);
        assertThat(roots).singleElement().isInstanceOf(RepositoryNode.class);
        assertThat(((RepositoryNode) roots.getFirst()).name()).isEqualTo("Primary Local");
        List<BackupChainNode> fulls = children(view, roots.getFirst());
        assertThat(fulls).extracting(BackupChainNode::key).containsExactly(pgFull.id().value());
        List<BackupChainNode> incs = children(view, fulls.getFirst());
        assertThat(incs).extracting(BackupChainNode::key).containsExactly(pgInc1.id().value(), pgInc2.id().value());
        assertThat(((IncrementalNode) incs.get(1)).dependsOn().backup()).isEqualTo(pgInc1);
        assertThat(view.tree.isExpanded(roots.getFirst())).isTrue();
        assertThat(view.tree.isExpanded(fulls.getFirst())).isTrue();
        assertThat(view.summary.getText()).isEqualTo("3 recovery points in 1 repository");
        // Built from the completed list, never from the hub's unreliable chain endpoint.
        assertThat(hub.backupQueries).containsExactly(BackupFilter.forVm("pgtest1").andStatus(BackupStatus.COMPLETED));
    }

    @Test
    void a_just_finished_backup_is_flagged_as_maybe_not_mountable_yet() {
        Instant now = Instant.now();
        var fresh = TestBackups.backup("pgtest1", LOCAL, BackupType.INCREMENTAL, BackupStatus.COMPLETED,
                now.minusSeconds(90), now.minusSeconds(30), 1L << 20, null);
        hub.backups.add(fresh);
        var view = navigate(BackupChainView.class, Map.of(BackupChainView.VM_NAME, "pgtest1"));

        var full = (FullNode) children(view, children(view, null).getFirst()).getFirst();
        var last = children(view, full).getLast();
        assertThat(last.key()).isEqualTo(fresh.id().value());
        assertThat(view.tree.getColumnByKey("restorable").getRenderer()).isNotNull();
        assertThat(full.incrementals()).isEqualTo(3);
        assertThat(((IncrementalNode) last).state()).isEqualTo(com.sendense.console.backups.RestoreState.JUST_FINISHED);
    }

    @Test
    void a_vm_without_completed_backups_says_there_is_nothing_to_restore_from() {
        var view = navigate(BackupChainView.class, Map.of(BackupChainView.VM_NAME, "sql-prod-01"));

        assertThat(children(view, null)).isEmpty();
        assertThat(view.emptyState.getElement().getTextRecursively()).contains("has no completed backup yet");
    }

    @Test
    void the_history_link_leads_back_to_the_vms_history() {
        var view = navigate(BackupChainView.class, Map.of(BackupChainView.VM_NAME, "pgtest1"));

        assertThat(view.historyLink.getHref()).isEqualTo("backups/vm/pgtest1");
    }

    private static List<BackupChainNode> children(BackupChainView view, BackupChainNode parent) {
        return view.tree.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, parent)).toList();
    }
}
