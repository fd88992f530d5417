package com.sendense.hubsim.world;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds the demo world from a seed: a believable site (domain controllers, databases, web and file
 * servers, dev boxes), two repositories (local and NFS, plus a disabled one), protection flows and a
 * month of backup history ending now. The same seed gives the same ids, names and sizes whenever it
 * runs; only the shown timestamps follow the real clock.
 */
public final class WorldGenerator {

    private static final long TIB = 1L << 40;
    private static final String DATACENTER = "LON-DC1";
    private static final String VCENTER = "vcenter01.corp.example.local";

    private final Random random;
    private final IdFactory ids;
    private final VirtualTime time;
    private final int historyDays;

    private WorldGenerator(long seed, int historyDays, Instant now, ZoneId zone) {
        this.random = new Random(seed);
        this.ids = new IdFactory(random);
        this.time = new VirtualTime(now, zone);
        this.historyDays = Math.max(1, historyDays);
    }

    /** The full demo world. */
    public static DemoWorld demo(long seed, int historyDays, Instant now, ZoneId zone) {
        return new WorldGenerator(seed, historyDays, now, zone).build(true);
    }

    /** A freshly installed hub: repositories configured, nothing discovered or backed up. */
    public static DemoWorld empty(long seed, Instant now, ZoneId zone) {
        return new WorldGenerator(seed, 1, now, zone).build(false);
    }

    private DemoWorld build(boolean populated) {
        List<VmGroup> groups = populated ? groups() : List.of();
        Map<String, VmGroup> groupsByName = groups.stream()
                .collect(Collectors.toMap(VmGroup::name, Function.identity()));
        List<VmContext> vms = populated ? Roster.VMS.stream().map(t -> vm(t, groupsByName)).toList() : List.of();
        Map<String, VmContext> vmsByName = vms.stream()
                .collect(Collectors.toMap(VmContext::vmName, Function.identity()));

        Repository local = repository("local", "Primary Local Repository", true,
                new RepositoryConfig.Local("/backup/repository", false, ""), 0, 48);
        Repository nfs = repository("nfs", "NAS Offsite", true, new RepositoryConfig.Nfs("10.0.100.50",
                "/exports/backups", "/mnt/nfs-backups", "4.1", "defaults,soft,timeo=30"), 7, 44);
        Repository cifs = repository("cifs", "Legacy SMB share", false,
                new RepositoryConfig.Cifs("fileserver-old.corp.example.local", "backups", "/mnt/cifs-legacy",
                        "svc_backup", "vault:cifs/legacy", "CORP", "vers=3.0"),
                0, 120);
        Map<String, Repository> repos = new LinkedHashMap<>();
        for (Repository r : List.of(local, nfs, cifs)) {
            repos.put(r.id(), r);
        }

        HistoryGenerator history = new HistoryGenerator(random, ids, time, historyDays, repos);
        List<Schedule> schedules = List.of();
        List<ProtectionFlow> flows = List.of();
        String stuckId = "";
        String runningId = "";
        List<FlowExecution> demoExecutions = new ArrayList<>();
        if (populated) {
            Schedule nightly = schedule("Nightly 01:00", "Every night at 01:00", LocalTime.of(1, 0), null, 0, true);
            Schedule lateNight = schedule("Nightly 22:30", "Every night at 22:30, after the file servers' business day",
                    LocalTime.of(22, 30), null, 0, true);
            Schedule weekly = schedule("Saturday 03:00", "Weekly on Saturday at 03:00", LocalTime.of(3, 0),
                    DayOfWeek.SATURDAY, 0, true);
            Schedule monthly = schedule("Monthly 1st 04:00", "On the 1st of every month at 04:00", LocalTime.of(4, 0),
                    null, 1, false);
            schedules = List.of(nightly, lateNight, weekly, monthly);
            flows = new ArrayList<>();
            flows.add(groupFlow(history, "Nightly databases", "Nightly backup of all database servers",
                    groupsByName.get(Roster.DB), local, nightly, vms, true));
            flows.add(groupFlow(history, "Nightly web", "Nightly backup of the web tier", groupsByName.get(Roster.WEB),
                    local, nightly, vms, true));
            flows.add(groupFlow(history, "Domain controllers", "Nightly backup of both domain controllers",
                    groupsByName.get(Roster.DC), local, nightly, vms, true));
            flows.add(groupFlow(history, "File servers to NAS", "File servers straight to the offsite NAS",
                    groupsByName.get(Roster.FILES), nfs, lateNight, vms, true));
            flows.add(groupFlow(history, "Dev weekly", "Weekly backup of build and test machines",
                    groupsByName.get(Roster.DEV), local, weekly, vms, true));
            flows.add(vmFlow(history, "mail-relay nightly", "Nightly incremental", vmsByName.get("mail-relay"), local,
                    nightly));
            flows.add(groupFlow(history, "Monthly archive to NAS",
                    "Monthly full copy of the databases; paused while the NAS is expanded", groupsByName.get(Roster.DB),
                    nfs, monthly, vms, false));
            stuckId = history
                    .stuck(vmsByName.get(Roster.STUCK_VM), local.id(),
                            VirtualTime.ANCHOR.minusDays(3).atTime(14, 12, 7))
                    .id();
            runningId = history.transferringNow(vmsByName.get(Roster.RUNNING_VM), nfs.id()).id();
            // Last, so the seeded random sequence and ids of everything above stay as they were.
            Instant quarterCreated = time.real(VirtualTime.ANCHOR.minusDays(historyDays + 10L).atTime(9, 0));
            Schedule quarterly = new Schedule(ids.uuidV1(), "Every 15 minutes",
                    "Every quarter of an hour: the console's scheduler starts these backups, not the hub",
                    LocalTime.MIDNIGHT, null, 0, true, quarterCreated, quarterCreated, 15);
            schedules = List.of(nightly, lateNight, weekly, monthly, quarterly);
            // pg-replica-01: no test backs it up by hand, so the console's quarter-hourly runs never
            // collide with one; its one hub execution is a manual execute from before the console ran it.
            VmContext replica = vmsByName.get("pg-replica-01");
            ProtectionFlow demo = new ProtectionFlow(ids.uuidV1(), "pg-replica-01 every 15 minutes",
                    "Demo: the console runs this flow on its schedule", "vm", replica.contextId(), local.id(),
                    quarterly.id(), true, quarterCreated, quarterCreated);
            flows.add(demo);
            history.rows()
                    .stream()
                    .filter(b -> b.vmName().equals(replica.vmName()) && b.repositoryId().equals(local.id())
                            && b.status().equals("completed") && b.completedAt() != null)
                    .max(Comparator.comparing(BackupRow::createdAt))
                    .ifPresent(b -> demoExecutions.add(new FlowExecution(ids.uuidV1(), demo.id(), "success",
                            b.createdAt(), b.completedAt(), 1, 1, 0, null, List.of(b.id()))));
        }

        List<BackupRow> backups = history.rows().stream().sorted(Comparator.comparing(BackupRow::createdAt)).toList();
        List<Repository> sized = repos.values().stream().map(r -> sized(r, backups)).toList();
        List<VmContext> touched = vms.stream().map(vm -> touched(vm, backups)).toList();
        WorldFacts facts = populated
                ? new WorldFacts(local.id(), nfs.id(), cifs.id(), Roster.PROTECTED_VM, Roster.LINUX_VM,
                        Roster.NO_CREDENTIAL_VM, Roster.NO_DISKS_VM, Roster.LVM_VM, Roster.DASHED_VM, Roster.STALE_VM,
                        Roster.NEVER_BACKED_UP, stuckId, runningId, Roster.HOSTILE_NAMES)
                : new WorldFacts(local.id(), nfs.id(), cifs.id(), "", "", "", "", "", "", "", List.of(), "", "",
                        List.of());
        List<FlowExecution> executions = new ArrayList<>(history.executions());
        executions.addAll(demoExecutions);
        return new DemoWorld(groups, touched, sized, backups, schedules, flows, executions, facts,
                history.nextBackupDiskId());
    }

    private List<VmGroup> groups() {
        return Roster.GROUPS.stream().map(g -> new VmGroup(ids.uuidV1(), g.name(), g.priority(), g.enabled())).toList();
    }

    private VmContext vm(Roster.VmTemplate t, Map<String, VmGroup> groups) {
        LocalDateTime created = VirtualTime.ANCHOR.minusDays(40 + random.nextInt(20))
                .atTime(9 + random.nextInt(8), random.nextInt(60), random.nextInt(60));
        String contextId = "ctx-" + t.name() + "-" + time.idStamp(created);
        List<VmDisk> disks = new ArrayList<>();
        for (int i = 0; i < t.diskGb().size(); i++) {
            int gb = t.diskGb().get(i);
            double used = i == 0 ? 0.35 + random.nextDouble() * 0.3 : 0.3 + random.nextDouble() * 0.5;
            disks.add(new VmDisk("disk-" + (2000 + i), gb, (long) (gb * VmDisk.GIB * used), layout(t, i)));
        }
        String folder = t.groups().isEmpty() ? "Unsorted" : t.groups().getFirst().replace(' ', '-');
        return new VmContext(contextId, t.name(), ids.vmwareId(), "/" + DATACENTER + "/vm/" + folder + "/" + t.name(),
                VCENTER, DATACENTER, t.cpus(), t.memoryMb(), t.os(), t.power(), t.hardware(), time.real(created),
                time.real(created), t.credentialId(), t.groups().stream().map(groups::get).toList(), disks);
    }

    private static DiskLayout layout(Roster.VmTemplate t, int index) {
        if (t.os().equals("windows")) {
            return index == 0 ? DiskLayout.WINDOWS_SYSTEM : DiskLayout.WINDOWS_DATA;
        }
        if (index == t.lvmDataDisk()) {
            return DiskLayout.LINUX_LVM_ONLY;
        }
        return index == 0 ? DiskLayout.LINUX_SYSTEM : DiskLayout.LINUX_DATA;
    }

    private Repository repository(String type, String name, boolean enabled, RepositoryConfig config, int retention,
            int ageDays) {
        LocalDateTime created = VirtualTime.ANCHOR.minusDays(ageDays)
                .atTime(20, random.nextInt(60), random.nextInt(60));
        return new Repository("repo-" + type + "-" + time.idSeconds(created), name, type, enabled, config, false,
                retention, 0, 0, time.real(created), time.real(created));
    }

    /** Gives a repository a file system big enough for its backups, 35–55 % full. */
    private Repository sized(Repository r, List<BackupRow> backups) {
        long written = backups.stream()
                .filter(b -> b.repositoryId().equals(r.id()))
                .mapToLong(BackupRow::bytesTransferred)
                .sum();
        double targetUse = 0.35 + random.nextDouble() * 0.2;
        long capacity = Math.max(4 * TIB, (long) Math.ceil(written / targetUse / TIB) * TIB);
        long baseline = capacity / 64;
        Instant updated = r.enabled()
                ? time.real(time.now().minusMinutes(5 + random.nextInt(20)).withNano(0))
                : r.updatedAt();
        return new Repository(r.id(), r.name(), r.type(), r.enabled(), r.config(), r.immutable(), r.minRetentionDays(),
                capacity, baseline, r.createdAt(), updated);
    }

    private static VmContext touched(VmContext vm, List<BackupRow> backups) {
        Instant updated = backups.stream()
                .filter(b -> b.vmName().equals(vm.vmName()))
                .map(BackupRow::createdAt)
                .max(Instant::compareTo)
                .orElse(vm.updatedAt());
        return new VmContext(vm.contextId(), vm.vmName(), vm.vmwareVmId(), vm.vmPath(), vm.vcenterHost(),
                vm.datacenter(), vm.cpuCount(), vm.memoryMb(), vm.osType(), vm.powerState(), vm.vmToolsVersion(),
                vm.createdAt(), updated, vm.credentialId(), vm.groups(), vm.disks());
    }

    private Schedule schedule(String name, String description, LocalTime at, @Nullable DayOfWeek day, int dayOfMonth,
            boolean enabled) {
        Instant created = time
                .real(VirtualTime.ANCHOR.minusDays(50).atTime(11, random.nextInt(60), random.nextInt(60)));
        return new Schedule(ids.uuidV1(), name, description, at, day, dayOfMonth, enabled, created, created);
    }

    private ProtectionFlow groupFlow(HistoryGenerator history, String name, String description, VmGroup group,
            Repository repository, Schedule schedule, List<VmContext> vms, boolean enabled) {
        List<VmContext> members = vms.stream().filter(vm -> vm.groups().contains(group)).toList();
        ProtectionFlow flow = flow(name, description, "group", group.id(), repository, schedule, enabled);
        history.runFlow(flow, schedule, members);
        return flow;
    }

    private ProtectionFlow vmFlow(HistoryGenerator history, String name, String description, VmContext vm,
            Repository repository, Schedule schedule) {
        ProtectionFlow flow = flow(name, description, "vm", vm.contextId(), repository, schedule, true);
        history.runFlow(flow, schedule, List.of(vm));
        return flow;
    }

    private ProtectionFlow flow(String name, String description, String targetType, String targetId,
            Repository repository, Schedule schedule, boolean enabled) {
        LocalDateTime created = VirtualTime.ANCHOR.minusDays(historyDays + 5L)
                .atTime(14, random.nextInt(60), random.nextInt(60));
        Instant updated = enabled ? time.real(created) : time.real(VirtualTime.ANCHOR.minusDays(6).atTime(10, 17, 45));
        return new ProtectionFlow(ids.uuidV1(), name, description, targetType, targetId, repository.id(), schedule.id(),
                enabled, time.real(created), updated);
    }
}
