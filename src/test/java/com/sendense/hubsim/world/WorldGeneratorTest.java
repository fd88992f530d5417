package com.sendense.hubsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldGeneratorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-03-10T16:20:00Z");
    private final DemoWorld world = WorldGenerator.demo(20251009L, 30, NOW, LONDON);

    @Test
    void same_seed_gives_the_same_world_whenever_it_starts() {
        DemoWorld weekLater = WorldGenerator.demo(20251009L, 30, NOW.plus(Duration.ofDays(7)), LONDON);

        assertThat(ids(weekLater)).isEqualTo(ids(world));
        assertThat(weekLater.vms()).extracting(VmContext::vmName, VmContext::contextId, VmContext::vmwareVmId)
                .isEqualTo(world.vms()
                        .stream()
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.vmName(), v.contextId(), v.vmwareVmId()))
                        .toList());
        assertThat(weekLater.vms().stream().map(VmContext::disks).toList())
                .isEqualTo(world.vms().stream().map(VmContext::disks).toList());
        assertThat(weekLater.backups().getLast().createdAt()).as("times follow the clock")
                .isEqualTo(world.backups().getLast().createdAt().plus(Duration.ofDays(7)));
    }

    @Test
    void another_seed_gives_other_ids_and_sizes() {
        DemoWorld other = WorldGenerator.demo(7L, 30, NOW, LONDON);

        assertThat(other.vms().getFirst().vmwareVmId()).isNotEqualTo(world.vms().getFirst().vmwareVmId());
        assertThat(other.vms().getFirst().usedBytes()).isNotEqualTo(world.vms().getFirst().usedBytes());
    }

    @Test
    void the_site_looks_real() {
        assertThat(world.vms()).hasSizeBetween(12, 24);
        assertThat(world.vms()).extracting(VmContext::osType).contains("windows", "linux");
        assertThat(world.vms()).extracting(VmContext::powerState).contains("poweredOn", "poweredOff", "suspended");
        assertThat(world.vms()).anyMatch(vm -> vm.groups().isEmpty());
        assertThat(world.vms()).anyMatch(vm -> vm.groups().size() > 1);
        assertThat(world.vms()).filteredOn(vm -> vm.credentialId() == null)
                .extracting(VmContext::vmName)
                .containsExactly(world.facts().vmWithoutCredential());
        assertThat(world.groups()).extracting(VmGroup::name)
                .contains("Databases", "Web", "File servers", "Domain controllers", "Dev");
        for (VmContext vm : world.vms()) {
            assertThat(vm.disks()).extracting(VmDisk::diskId)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, vm.disks().size())
                            .mapToObj(i -> "disk-" + (2000 + i))
                            .toList());
            assertThat(vm.disks()).allMatch(d -> d.usedBytes() > 0 && d.usedBytes() < d.capacityBytes());
        }
        VmContext lvm = vm(world.facts().lvmOnlyVm());
        assertThat(lvm.osType()).isEqualTo("linux");
        assertThat(lvm.disks().get(1).layout()).isEqualTo(DiskLayout.LINUX_LVM_ONLY);
        assertThat(vm(world.facts().protectedVm()).disks()).extracting(VmDisk::layout)
                .containsExactly(DiskLayout.WINDOWS_SYSTEM, DiskLayout.WINDOWS_DATA, DiskLayout.WINDOWS_DATA);
        assertThat(vm(world.facts().vmWithoutDisks()).disks()).isEmpty();
    }

    @Test
    void a_month_of_history_ends_now_with_weekly_fulls_and_small_incrementals() {
        List<BackupRow> pg = backupsOf(world.facts().linuxVm());
        assertThat(pg).allMatch(b -> !b.createdAt().isAfter(NOW));
        assertThat(pg.getFirst().createdAt()).isAfter(NOW.minus(Duration.ofDays(31)));
        assertThat(pg.getLast().createdAt()).isAfter(NOW.minus(Duration.ofDays(1)));
        assertThat(pg.getFirst().backupType()).isEqualTo("full");
        long fulls = pg.stream()
                .filter(b -> b.backupType().equals("full")
                        && b.repositoryId().equals(world.facts().localRepositoryId()))
                .count();
        assertThat(fulls).isBetween(4L, 6L);
        long used = vm(world.facts().linuxVm()).usedBytes();
        assertThat(pg).filteredOn(b -> b.backupType().equals("incremental") && b.status().equals("completed"))
                .allMatch(b -> b.totalBytes() >= used / 200 && b.totalBytes() <= used / 20);
    }

    @Test
    void history_has_the_troubles_a_console_must_show() {
        assertThat(world.backups()).filteredOn(b -> b.status().equals("failed"))
                .extracting(BackupRow::errorMessage)
                .anyMatch(m -> m.matches("Job stalled - no telemetry for 5m\\d+s \\(SBC may have crashed\\)"))
                .anyMatch(m -> m.startsWith("VDDK error") || m.startsWith("SNA") || m.startsWith("snapshot"));
        BackupRow stuck = world.backups()
                .stream()
                .filter(b -> b.id().equals(world.facts().stuckBackupId()))
                .findFirst()
                .orElseThrow();
        assertThat(stuck.status()).isEqualTo("running");
        assertThat(stuck.lastTelemetryAt()).isNull();
        assertThat(stuck.createdAt()).isBefore(NOW.minus(Duration.ofDays(2)));
        assertThat(world.facts().neverBackedUpVms()).hasSizeBetween(2, 3).allMatch(name -> backupsOf(name).isEmpty());
        Instant lastGood = backupsOf(world.facts().staleVm()).stream()
                .filter(b -> b.status().equals("completed"))
                .map(BackupRow::createdAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(lastGood).isBefore(NOW.minus(Duration.ofDays(4)));
        BackupRow running = world.backups()
                .stream()
                .filter(b -> b.id().equals(world.facts().runningBackupId()))
                .findFirst()
                .orElseThrow();
        assertThat(running.running()).isTrue();
        assertThat(running.lastTelemetryAt()).isNotNull();
    }

    @Test
    void repositories_have_room_for_their_backups() {
        for (Repository r : world.repositories()) {
            long written = world.backups()
                    .stream()
                    .filter(b -> b.repositoryId().equals(r.id()))
                    .mapToLong(BackupRow::bytesTransferred)
                    .sum();
            assertThat(r.capacityBytes()).isGreaterThan(written + r.baselineUsedBytes());
        }
        assertThat(world.repositories()).extracting(Repository::type).containsExactly("local", "nfs", "cifs");
        assertThat(world.repositories()).filteredOn(r -> !r.enabled())
                .extracting(Repository::id)
                .containsExactly(world.facts().disabledRepositoryId());
    }

    @Test
    void flows_own_executions_made_of_their_backups() {
        assertThat(world.flows()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(world.executions()).allMatch(e -> !e.createdJobIds().isEmpty());
        List<String> ids = world.backups().stream().map(BackupRow::id).toList();
        assertThat(world.executions().stream().flatMap(e -> e.createdJobIds().stream())).allMatch(ids::contains);
    }

    @Test
    void an_empty_hub_has_repositories_and_nothing_else() {
        DemoWorld empty = WorldGenerator.empty(1L, NOW, LONDON);

        assertThat(empty.vms()).isEmpty();
        assertThat(empty.backups()).isEmpty();
        assertThat(empty.flows()).isEmpty();
        assertThat(empty.repositories()).hasSize(3);
    }

    @Test
    @com.sendense.reliability.BadInput("unicode and long names")
    void vms_with_hostile_names_are_backed_up_and_grouped_like_the_others() {
        assertThat(world.facts().hostileNamedVms()).containsExactly("web \"quoted\" 01 – Zürich <test>",
                world.facts().hostileNamedVms().get(1), "web 01", "würth-db-01");
        assertThat(world.facts().hostileNamedVms().get(1)).hasSize(120);
        for (String name : world.facts().hostileNamedVms()) {
            assertThat(vm(name).groups()).as(name).isNotEmpty();
            assertThat(vm(name).disks()).as(name).isNotEmpty();
            assertThat(backupsOf(name)).as(name).anyMatch(b -> b.status().equals("completed"));
        }
    }

    private VmContext vm(String name) {
        return world.vms().stream().filter(v -> v.vmName().equals(name)).findFirst().orElseThrow();
    }

    private List<BackupRow> backupsOf(String name) {
        return world.backups()
                .stream()
                .filter(b -> b.vmName().equals(name))
                .sorted(Comparator.comparing(BackupRow::createdAt))
                .toList();
    }

    private static List<String> ids(DemoWorld w) {
        return w.backups()
                .stream()
                .map(BackupRow::id)
                .filter(Objects::nonNull)
                .filter(id -> !id.equals(w.facts().runningBackupId()))
                .collect(Collectors.toList());
    }
}
