package com.sendense.hubsim.world;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the demo vCenter holds, as the SNA's discovery reports it: every VM the hub already has a
 * context for, and a few it has never seen, so "Discover VMs" finds something new in the demo.
 */
public final class VCenterInventory {

    static final String HOST = "vcenter01.corp.example.local";
    static final String DATACENTER = "LON-DC1";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A {@code services.SNADiskInfo}. */
    public record Disk(String id, String label, String path, int sizeGb, long capacityBytes, String datastore) {}

    /** A {@code services.SNANetworkInfo}. */
    public record Network(String label, String networkName, String macAddress) {}

    public record VCenterVm(String id, String name, String path, String powerState, String guestOs, int memoryMb,
            int numCpu, String vmxVersion, List<Disk> disks, List<Network> networks) {

        public VCenterVm {
            disks = List.copyOf(disks);
            networks = List.copyOf(networks);
        }

        boolean windows() {
            return guestOs.startsWith("windows");
        }
    }

    private final List<VCenterVm> vms;

    private VCenterInventory(List<VCenterVm> vms) {
        this.vms = List.copyOf(vms);
    }

    static VCenterInventory of(List<VmContext> known, boolean withNewVms) {
        List<VCenterVm> all = new ArrayList<>();
        int mac = 0x10;
        for (VmContext vm : known) {
            List<Disk> disks = new ArrayList<>();
            for (int i = 0; i < vm.disks().size(); i++) {
                VmDisk d = vm.disks().get(i);
                disks.add(disk(vm.vmName(), i, d.sizeGb(), i == 0 ? "datastore1" : "datastore2"));
            }
            if (disks.isEmpty()) {
                // The hub's rows are missing (discovery never completed), not the VM's disk in vCenter.
                disks.add(disk(vm.vmName(), 0, 40, "datastore1"));
            }
            all.add(new VCenterVm(vm.vmwareVmId(), vm.vmName(), vm.vmPath(), vm.powerState(),
                    vm.osType().equals("windows") ? "windows2019srv_64Guest" : "ubuntu64Guest", vm.memoryMb(),
                    vm.cpuCount(), vm.vmToolsVersion(), disks, List.of(network("VM Network", mac++))));
        }
        if (withNewVms) {
            all.add(fresh("4205f3b2-9c1d-7e44-a0b1-5d2e8c7f6a31", "fileserver-02", "File-servers",
                    "windows2019srvNext_64Guest", 8192, 4, List.of(100, 500), mac++));
            all.add(fresh("4205a1c3-22b4-4c8e-9d11-0a7e5b3c9f02", "crm-app-01", "Apps", "ubuntu64Guest", 8192, 4,
                    List.of(60), mac++));
            all.add(fresh("4205b7d9-31e0-4f2a-8c55-6b1d2e4f7a13", "crm-db-01", "Apps", "ubuntu64Guest", 16384, 8,
                    List.of(40, 300), mac++));
            all.add(fresh("4205c2e8-4a7f-4b19-a3c6-7e2f1d5b8c24", "k8s-node-01", "Kubernetes", "ubuntu64Guest", 16384,
                    8, List.of(120), mac++));
            all.add(fresh("4205d4f1-5b8e-4c2a-b4d7-8f3e2c6a9d35", "k8s-node-02", "Kubernetes", "ubuntu64Guest", 16384,
                    8, List.of(120), mac++));
            all.add(fresh("4205e5a2-6c9f-4d3b-85e8-9a4f3d7b0e46", "rds-gateway", "Apps", "windows2019srv_64Guest", 8192,
                    4, List.of(80), mac));
        }
        return new VCenterInventory(all);
    }

    private static VCenterVm fresh(String id, String name, String folder, String guestOs, int memoryMb, int cpus,
            List<Integer> diskGb, int mac) {
        List<Disk> disks = new ArrayList<>();
        for (int i = 0; i < diskGb.size(); i++) {
            disks.add(disk(name, i, diskGb.get(i), i == 0 ? "datastore1" : "datastore2"));
        }
        return new VCenterVm(id, name, "/" + DATACENTER + "/vm/" + folder + "/" + name, "poweredOn", guestOs, memoryMb,
                cpus, "vmx-20", disks, List.of(network("VM Network", mac)));
    }

    private static Disk disk(String vm, int index, int sizeGb, String datastore) {
        String file = index == 0 ? vm + ".vmdk" : vm + "_" + index + ".vmdk";
        return new Disk("disk-" + (2000 + index), "Hard disk " + (index + 1), "[" + datastore + "] " + vm + "/" + file,
                sizeGb, sizeGb * VmDisk.GIB, datastore);
    }

    private static Network network(String name, int mac) {
        return new Network("Network adapter 1", name,
                String.format("00:50:56:85:%02x:%02x", (mac * 37) & 0xff, mac & 0xff));
    }

    /** Every VM, optionally filtered by a name substring as the SNA does. */
    public List<VCenterVm> vms(String filter) {
        return vms.stream().filter(vm -> filter.isEmpty() || vm.name().contains(filter)).toList();
    }

    public Optional<VCenterVm> vm(String name) {
        return vms.stream().filter(vm -> vm.name().equals(name)).findFirst();
    }

    /** The context {@code add-vms} creates: credential and disks from discovery, so backups work. */
    public static VmContext context(VCenterVm vm, int credentialId, Instant now, ZoneId zone,
            @Nullable String vcenterHost) {
        String contextId = "ctx-" + vm.name() + "-" + STAMP.format(LocalDateTime.ofInstant(now, zone));
        List<VmDisk> disks = new ArrayList<>();
        for (int i = 0; i < vm.disks().size(); i++) {
            Disk d = vm.disks().get(i);
            DiskLayout layout = vm.windows()
                    ? (i == 0 ? DiskLayout.WINDOWS_SYSTEM : DiskLayout.WINDOWS_DATA)
                    : (i == 0 ? DiskLayout.LINUX_SYSTEM : DiskLayout.LINUX_DATA);
            disks.add(new VmDisk(d.id(), d.sizeGb(), d.capacityBytes() * 2 / 5, layout));
        }
        return new VmContext(contextId, vm.name(), vm.id(), vm.path(), vcenterHost == null ? HOST : vcenterHost,
                DATACENTER, vm.numCpu(), vm.memoryMb(), vm.windows() ? "windows" : "linux", vm.powerState(),
                vm.vmxVersion(), now, now, credentialId, List.of(), disks);
    }
}
