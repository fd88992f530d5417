package com.sendense.console.bench;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.VmContext;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.AsAdmin;

/** Mounts what the restore benchmarks read, through the console's own service, as an admin. */
final class BenchMounts {

    private BenchMounts() {}

    /**
     * Disk 1 (the data disk: shares, the 100,000 scans, the large ISO) of the first completed two-disk backup of a
     * Windows VM in the demo world.
     */
    static MountId windowsDataDisk(HubClient hub, MountService mounts) {
        Backup backup = hub.vms()
                .stream()
                .filter(vm -> "windows".equalsIgnoreCase(vm.osType()))
                .map(VmContext::vmName)
                .flatMap(vm -> hub.backups(BackupFilter.forVm(vm)).stream())
                .filter(b -> b.status() == BackupStatus.COMPLETED && b.disksCount() >= 2)
                .findFirst()
                .orElseThrow();
        return AsAdmin.get(() -> mounts.mount(backup.vmName(), backup.id(), 1).mountId());
    }
}
