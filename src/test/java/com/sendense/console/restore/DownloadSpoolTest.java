package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Role;
import com.sendense.console.users.VmScope;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.unit.DataSize;

/**
 * The spool without Spring: stage 1 through the real download service (audit, scope, links) over the fake hub,
 * caps, the owner check, a pull the hub cuts off, and cleanup.
 */
class DownloadSpoolTest {

    static final MountId MOUNT = new MountId("mnt-spool");
    static final HubPath ISO = HubPath.of("/partition-2/Install/SQLServer.iso");
    static final int SIZE = 600_000;

    final RestoreFixture restore = new RestoreFixture();
    final List<DownloadRecord> auditAtHubCall = new ArrayList<>();
    Runnable onHubDownload = () -> {};
    final HubClient hub = (HubClient) Proxy.newProxyInstance(HubClient.class.getClassLoader(),
            new Class<?>[]{HubClient.class}, (proxy, method, args) -> {
                if (method.getName().equals("download")) {
                    auditAtHubCall.addAll(auditRows());
                    onHubDownload.run();
                }
                try {
                    return method.invoke(restore.hub, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    final MountAccess access = new MountAccess() {

        @Override
        public Optional<BrowseMount> find(MountId id) {
            return id.equals(MOUNT)
                    ? Optional.of(new BrowseMount(MOUNT, "web-01", "backup-1", 0, null))
                    : Optional.empty();
        }

        @Override
        public Registration use(MountId id, String holderId) {
            return () -> {};
        }
    };

    @TempDir
    Path dir;
    DownloadSpool spool;
    final byte[] content = new byte[SIZE];

    @BeforeEach
    void spool() {
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7 + 3);
        }
        restore.hub.withFolder("/partition-2/Install", file(ISO.value(), SIZE));
        restore.hub.contents.put(ISO, content);
        when(restore.currentUser.role()).thenReturn(Optional.of(Role.OPERATOR));
        spool = spool(DataSize.ofBytes(2 * SIZE + 10), DataSize.ofBytes(SIZE + 10));
    }

    DownloadSpool spool(DataSize total, DataSize perFile) {
        var properties = new SpoolProperties(dir.resolve("spool"), total, perFile, Duration.ofHours(24),
                DataSize.ofBytes(100_000), Duration.ofSeconds(15));
        var links = new LinkGuard(hub);
        var browse = new FileBrowseService(hub, links, access, restore.currentUser, restore.properties, restore.clock);
        var audit = new AuditLog(new AuditRepository(restore.jdbc));
        var downloads = new DownloadService(hub, browse, access, audit, restore.bookkeeping, restore.currentUser,
                restore.properties, restore.clock);
        @SuppressWarnings("unchecked")
        ObjectProvider<SecurityContextHolderStrategy> strategy = mock(ObjectProvider.class);
        when(strategy.getIfAvailable(any())).thenReturn(SecurityContextHolder.getContextHolderStrategy());
        return new DownloadSpool(downloads, new SpoolRows(restore.jdbc), properties, restore.currentUser, strategy,
                Runnable::run, restore.clock);
    }

    List<DownloadRecord> auditRows() {
        return new AuditRepository(restore.jdbc).find(AuditFilter.ALL, 0, 100);
    }

    DownloadRequest request() {
        return new DownloadRequest(MOUNT, ISO, DownloadKind.FILE, "INC-42");
    }

    SpoolTicket pulled() {
        SpoolTicket ticket = spool.reserve(request(), ISO.name(), SIZE, new DownloadProgress());
        spool.pull(request(), ticket);
        return ticket;
    }

    List<Path> spoolFiles() throws IOException {
        Path d = dir.resolve("spool");
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(d)) {
            return files.toList();
        }
    }

    @Test
    void a_large_file_is_audited_before_the_hub_is_asked_then_spooled_whole_for_its_owner() throws IOException {
        SpoolTicket ticket = spool.start(request(), ISO.name(), SIZE, new DownloadProgress());

        assertThat(auditAtHubCall).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(DownloadOutcome.STARTED);
            assertThat(row.path()).isEqualTo(ISO.value());
            assertThat(row.reason()).isEqualTo("INC-42");
        });
        assertThat(ticket.progress().state()).isEqualTo(DownloadProgress.State.COMPLETE);
        assertThat(ticket.settled()).isTrue();
        assertThat(auditRows()).singleElement().extracting(DownloadRecord::outcome).isEqualTo(DownloadOutcome.COMPLETE);
        SpooledFile spooled = spool.open(ticket.id());
        assertThat(spooled.size()).isEqualTo(SIZE);
        assertThat(spooled.fileName()).isEqualTo("SQLServer.iso");
        assertThat(Files.readAllBytes(spooled.file())).isEqualTo(content);
        assertThat(spooled.etag()).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
    }

    @Test
    @BadInput("forged request across users")
    void another_user_is_told_the_file_does_not_exist_and_cannot_delete_it() throws IOException {
        SpoolTicket ticket = pulled();

        restore.signIn("someone-else", VmScope.ALL);
        assertThatThrownBy(() -> spool.open(ticket.id())).isInstanceOf(SpoolNotFoundException.class);
        spool.delete(ticket.id());
        assertThat(spoolFiles()).hasSize(1);

        restore.signIn("operator", VmScope.ALL);
        assertThat(spool.open(ticket.id()).size()).isEqualTo(SIZE);
    }

    @Test
    @BadInput("path traversal")
    void an_id_that_is_not_a_spool_id_is_not_found_and_touches_no_file() {
        assertThatThrownBy(() -> spool.open("../../etc/passwd")).isInstanceOf(SpoolNotFoundException.class);
        assertThatThrownBy(() -> spool.open(HostileNames.MARKUP)).isInstanceOf(SpoolNotFoundException.class);
        spool.delete("../spool");
    }

    @Test
    void the_owner_deleting_it_from_the_queue_removes_the_file_at_once() throws IOException {
        SpoolTicket ticket = pulled();

        spool.delete(ticket.id());

        assertThat(spoolFiles()).isEmpty();
        assertThatThrownBy(() -> spool.open(ticket.id())).isInstanceOf(SpoolNotFoundException.class);
    }

    @Test
    void a_file_over_the_per_file_cap_is_refused_with_both_sizes_before_anything_is_read_or_audited() {
        assertThatThrownBy(() -> spool.start(request(), ISO.name(), SIZE + 11, new DownloadProgress()))
                .isInstanceOfSatisfying(SpoolRefusedException.class, e -> {
                    assertThat(e.limit()).isEqualTo(SpoolRefusedException.Limit.FILE);
                    assertThat(e.size()).isEqualTo(SIZE + 11);
                    assertThat(e.cap()).isEqualTo(SIZE + 10);
                });
        assertThat(auditAtHubCall).isEmpty();
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void the_total_cap_counts_the_files_already_spooled_and_says_how_much_is_free() {
        pulled();
        pulled();

        assertThatThrownBy(() -> spool.start(request(), ISO.name(), SIZE, new DownloadProgress()))
                .isInstanceOfSatisfying(SpoolRefusedException.class, e -> {
                    assertThat(e.limit()).isEqualTo(SpoolRefusedException.Limit.TOTAL);
                    assertThat(e.cap()).isEqualTo(2 * SIZE + 10);
                    assertThat(e.free()).isEqualTo(10);
                });
        assertThat(auditRows()).hasSize(2);
    }

    @Test
    @HubFault("hub write timeout")
    void a_pull_the_hub_cuts_off_is_incomplete_names_the_size_the_hub_can_deliver_and_leaves_nothing_to_serve()
            throws IOException {
        // The hub sends 200,000 bytes in 5 s before its write timeout: 40,000 B/s, so 600,000 B in 15 s.
        restore.hub.truncateAfter = 200_000;
        onHubDownload = () -> restore.clock.advance(Duration.ofSeconds(5));

        SpoolTicket ticket = pulled();

        assertThat(ticket.progress().state()).isEqualTo(DownloadProgress.State.TRUNCATED);
        assertThat(ticket.hubRate()).isEqualTo(40_000);
        assertThat(ticket.deliverable()).isEqualTo(600_000);
        assertThat(spoolFiles()).as("the partial file is deleted at once").isEmpty();
        assertThatThrownBy(() -> spool.open(ticket.id())).isInstanceOf(SpoolNotFoundException.class);
        assertThat(auditRows()).singleElement()
                .extracting(DownloadRecord::outcome)
                .isEqualTo(DownloadOutcome.TRUNCATED);
        // Its reservation is given back.
        pulled();
        pulled();
    }

    @Test
    void cleanup_removes_expired_files_unfinished_pulls_orphans_and_rows_whose_file_is_gone() throws IOException {
        SpoolTicket old = pulled();
        SpoolTicket unfinished = spool.reserve(request(), ISO.name(), 10, new DownloadProgress());
        Files.write(dir.resolve("spool").resolve(unfinished.id()), new byte[5]);
        restore.clock.advance(Duration.ofHours(24));
        SpoolTicket fresh = pulled();
        SpoolTicket lost = pulled();
        Files.delete(dir.resolve("spool").resolve(lost.id()));
        Files.write(dir.resolve("spool").resolve("left-by-a-crash"), new byte[5]);

        assertThat(spool.cleanOnce()).isEqualTo(4);

        assertThat(spoolFiles()).extracting(p -> p.getFileName().toString()).containsExactly(fresh.id());
        assertThat(new SpoolRows(restore.jdbc).ids()).containsExactly(fresh.id());
        assertThatThrownBy(() -> spool.open(old.id())).isInstanceOf(SpoolNotFoundException.class);
        assertThat(spool.open(fresh.id()).size()).isEqualTo(SIZE);
        assertThat(spool.cleanOnce()).isZero();
    }

    @Test
    void a_file_at_or_below_the_threshold_goes_straight_to_the_browser() {
        assertThat(spool.spools(100_000)).isFalse();
        assertThat(spool.spools(100_001)).isTrue();
    }
}
