package com.sendense.console.e2e;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.AsAdmin;
import java.util.List;
import java.util.function.Predicate;

/** Sets the scene for the file-browser tests: a recovery point mounted through the console's service, as an admin. */
final class AdminMounts {

    static final String USERS = "/partition-2/Users";

    private AdminMounts() {}

    /** Mounts disk 0 of the VM's first completed backup, signed in as admin for the service's method security. */
    static MountId mountFirstCompleted(HubClient hub, MountService mounts, String vm) {
        Backup backup = hub.backups(BackupFilter.forVm(vm))
                .stream()
                .filter(b -> b.status() == BackupStatus.COMPLETED)
                .findFirst()
                .orElseThrow();
        return AsAdmin.get(() -> mounts.mount(vm, backup.id(), 0).mountId());
    }

    /** The entries of {@code folder} on the mount, or none when the hub cannot list it (not every user has it). */
    static List<FileEntry> entries(HubClient hub, MountId mount, String folder) {
        try {
            return hub.files(mount, HubPath.of(folder)).entries();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Whether {@code folder} on the mount holds an entry called {@code name}. */
    static boolean holds(HubClient hub, MountId mount, String folder, String name) {
        return entries(hub, mount, folder).stream().anyMatch(e -> e.name().equals(name));
    }

    /**
     * The first user's home on the simulator's Windows disk, {@code /partition-2/Users/<name>} (a real folder, not a
     * link), that {@code wanted} accepts: the simulator gives each user a different mix of files.
     */
    static String userHome(HubClient hub, MountId mount, Predicate<String> wanted) {
        return entries(hub, mount, USERS).stream()
                .filter(e -> e.isDirectory() && !e.symlink())
                .map(e -> USERS + "/" + e.name())
                .filter(wanted)
                .findFirst()
                .orElseThrow();
    }

    /** The user's name in a home from {@link #userHome}. */
    static String userOf(String home) {
        return home.substring(USERS.length() + 1);
    }
}
