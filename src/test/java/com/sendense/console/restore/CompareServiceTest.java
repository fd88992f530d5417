package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.VmScope;
import com.sendense.reliability.HubFault;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CompareServiceTest {

    static final String FOLDER = "/partition-2/Projects";
    static final String HOLDER = "session-1/0/compare";

    final RestoreFixture f = new RestoreFixture();
    /** Listings of the older recovery point (PG_FULL); every other mount sees the fake hub's folders. */
    final Map<HubPath, List<FileEntry>> older = new ConcurrentHashMap<>();
    final java.util.Set<HubPath> missingInOlder = ConcurrentHashMap.newKeySet();
    final HubClient hub = (HubClient) Proxy.newProxyInstance(HubClient.class.getClassLoader(),
            new Class<?>[]{HubClient.class}, (proxy, method, args) -> {
                try {
                    if (method.getName().equals("files")
                            && backupOf((MountId) args[0]).equals(RestoreFixture.PG_FULL.value())) {
                        HubPath path = (HubPath) args[1];
                        if (missingInOlder.contains(path)) {
                            throw new HubNotFoundException("files", HubErrorCode.PATH_NOT_FOUND, 500,
                                    "path does not exist: " + path, null);
                        }
                        List<FileEntry> entries = older.get(path);
                        if (entries != null) {
                            return new FileListing((MountId) args[0], path.value(), entries, entries.size());
                        }
                    }
                    return method.invoke(f.hub, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    MountId base;

    @BeforeEach
    void world() {
        f.hub.withFolder("/partition-2", dir(FOLDER));
        f.hub.withFolder(FOLDER, file("a.txt", 10, 1), file("b.txt", 25, 2), file("new.txt", 5, 3),
                dir(FOLDER + "/Sub"));
        older.put(HubPath.of(FOLDER),
                List.of(file("a.txt", 10, 1), file("b.txt", 20, 1), file("old.txt", 7, 1), dir(FOLDER + "/Sub")));
        base = f.service.mount("pgtest1", RestoreFixture.PG_INCR, 0).mountId();
    }

    private String backupOf(MountId id) {
        return f.hub.hubMounts.stream().filter(m -> m.id().equals(id)).map(Mount::backupId).findFirst().orElse("");
    }

    private static FileEntry file(String name, long size, int day) {
        HubPath p = HubPath.of(FOLDER + "/" + name);
        return new FileEntry(name, p, EntryType.FILE, size, "0644", Instant.parse("2026-11-0" + day + "T10:00:00Z"),
                false, null);
    }

    CompareService service() {
        var links = new LinkGuard(hub);
        var access = new MountServiceAccess(f.service, f.bookkeeping, f.usage, f.currentUser);
        var browse = new FileBrowseService(hub, links, access, f.currentUser, f.properties, f.clock);
        return new CompareService(hub, f.service, f.usage, new RestoreCatalog(hub, f.currentUser), browse,
                new AuditLog(new AuditRepository(f.jdbc)), f.currentUser, f.clock, Runnable::run);
    }

    @Test
    void the_other_recovery_points_of_the_same_vm_and_disk_are_offered() {
        assertThat(service().candidates(base)).extracting(b -> b.id()).containsExactly(RestoreFixture.PG_FULL);
    }

    @Test
    void a_folder_shows_what_was_added_removed_and_changed_from_the_older_to_the_newer_point_and_is_audited() {
        CompareService compare = service();
        Comparison c = compare.open(base, RestoreFixture.PG_FULL, HOLDER);

        FolderDiff diff = compare.compare(c, HubPath.of(FOLDER));

        assertThat(diff.older().id()).isEqualTo(RestoreFixture.PG_FULL);
        assertThat(diff.changes()).extracting(ch -> ch.status() + " " + ch.name())
                .containsExactly("ADDED new.txt", "REMOVED old.txt", "CHANGED b.txt", "SAME Sub", "SAME a.txt");
        FolderDiff.Change b = diff.changes().get(2);
        assertThat(b.before().size()).isEqualTo(20);
        assertThat(b.after().size()).isEqualTo(25);
        var row = new AuditRepository(f.jdbc).find(AuditFilter.ALL, 0, 10).getFirst();
        assertThat(row.kind()).isEqualTo(DownloadKind.COMPARE);
        assertThat(row.outcome()).isEqualTo(DownloadOutcome.COMPLETE);
        assertThat(row.username()).isEqualTo("operator");
        assertThat(row.backupId()).isEqualTo(RestoreFixture.PG_INCR.value());
        assertThat(row.path()).isEqualTo(FOLDER);
        assertThat(row.detail()).contains(RestoreFixture.PG_FULL.value()).endsWith("1 added, 1 removed, 1 changed");
    }

    @Test
    void a_folder_missing_in_one_point_makes_everything_added_and_says_where_it_is_missing() {
        f.hub.withFolder(FOLDER + "/Sub", file("x.txt", 1, 1));
        missingInOlder.add(HubPath.of(FOLDER + "/Sub"));
        CompareService compare = service();
        Comparison c = compare.open(base, RestoreFixture.PG_FULL, HOLDER);

        FolderDiff diff = compare.compare(c, HubPath.of(FOLDER + "/Sub"));

        assertThat(diff.missingIn().id()).isEqualTo(RestoreFixture.PG_FULL);
        assertThat(diff.changes()).extracting(FolderDiff.Change::status).containsExactly(FolderDiff.Status.ADDED);
    }

    @Test
    @HubFault("no free mount slot")
    void a_comparison_is_refused_politely_when_no_mount_slot_is_free_and_mounts_nothing() {
        f.hub.maxMounts = 1;
        int calls = f.hub.mountCalls.get();

        assertThatThrownBy(() -> service().open(base, RestoreFixture.PG_FULL, HOLDER))
                .isInstanceOfSatisfying(NoFreeSlotException.class, e -> assertThat(e.slots().maxMounts()).isEqualTo(1));
        assertThat(f.hub.mountCalls.get()).isEqualTo(calls);
    }

    @Test
    void closing_the_comparison_unmounts_the_point_it_mounted_and_frees_the_slot() {
        CompareService compare = service();
        Comparison c = compare.open(base, RestoreFixture.PG_FULL, HOLDER);
        assertThat(c.madeByCompare()).isTrue();
        assertThat(f.hub.restoreResources().activeMounts()).isEqualTo(2);

        compare.close(c);

        assertThat(f.hub.restoreResources().activeMounts()).isEqualTo(1);
        assertThat(f.hub.hubMounts).extracting(Mount::id).containsExactly(base);
    }

    @Test
    void a_point_that_was_mounted_already_is_shared_and_stays_mounted_after_the_comparison() {
        MountId already = f.service.mount("pgtest1", RestoreFixture.PG_FULL, 0).mountId();
        CompareService compare = service();

        Comparison c = compare.open(base, RestoreFixture.PG_FULL, HOLDER);
        compare.close(c);

        assertThat(c.otherMount()).isEqualTo(already);
        assertThat(c.madeByCompare()).isFalse();
        assertThat(f.hub.hubMounts).extracting(Mount::id).contains(already);
    }

    @Test
    void after_the_session_ends_the_idle_sweep_frees_the_compared_mount() {
        Comparison c = service().open(base, RestoreFixture.PG_FULL, HOLDER);

        f.usage.endSession("session-1");
        f.clock.advance(Duration.ofMinutes(3));
        f.sweeper.sweepOnce();

        assertThat(f.hub.hubMounts).extracting(Mount::id).doesNotContain(c.otherMount());
    }

    @Test
    void a_help_desk_user_cannot_compare_a_vm_outside_their_scope() {
        f.signIn("helpdesk", VmScope.of(List.of("web-*")));

        assertThatThrownBy(() -> service().open(base, RestoreFixture.PG_FULL, HOLDER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.hub.restoreResources().activeMounts()).isEqualTo(1);
    }
}
