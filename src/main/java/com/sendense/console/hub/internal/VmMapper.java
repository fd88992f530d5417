package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.flag;
import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.optionalText;
import static com.sendense.console.hub.internal.Wire.required;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.hub.VmGroup;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

final class VmMapper {

    private static final long GIB = 1L << 30;

    private final HubTime time;

    VmMapper(HubTime time) {
        this.time = time;
    }

    List<VmContext> contexts(VmJson.ContextList wire) {
        return list(wire.vmContexts()).stream().map(this::context).toList();
    }

    VmContext context(VmJson.Context c) {
        return new VmContext(required(c.contextId(), "context_id"), required(c.vmName(), "vm_name"),
                text(c.vmwareVmId()), text(c.vmPath()), text(c.vcenterHost()), text(c.datacenter()),
                text(c.currentStatus()), c.cpuCount(), c.memoryMb(), optionalText(c.osType()),
                powerState(c.powerState()), optionalText(c.vmToolsVersion()),
                time.requiredInstant(c.createdAt(), "created_at"), time.requiredInstant(c.updatedAt(), "updated_at"),
                time.instant(c.lastJobAt()), flag(c.autoAdded()), flag(c.schedulerEnabled()), c.credentialId(),
                list(c.groups()).stream()
                        .map(g -> new VmGroup(text(g.groupId()), text(g.groupName()), num(g.priority()),
                                flag(g.enabled())))
                        .toList());
    }

    /** Disk indexes are positions: the hub numbers disks in {@code disk_id} order when it backs up. */
    List<VmDisk> disks(VmJson.DiskList wire) {
        List<VmJson.Disk> disks = list(wire.disks());
        List<VmDisk> result = new ArrayList<>(disks.size());
        for (int i = 0; i < disks.size(); i++) {
            VmJson.Disk d = disks.get(i);
            result.add(new VmDisk(i, text(d.diskId()), num(d.sizeGb()) * GIB));
        }
        return result;
    }

    static @Nullable PowerState powerState(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "poweredOn" -> PowerState.ON;
            case "poweredOff" -> PowerState.OFF;
            case "suspended" -> PowerState.SUSPENDED;
            default -> PowerState.UNKNOWN;
        };
    }
}
