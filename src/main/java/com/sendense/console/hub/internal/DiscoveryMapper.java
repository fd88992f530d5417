package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.flag;
import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.optionalText;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.AddVmsResult;
import com.sendense.console.hub.DiscoveredVm;
import com.sendense.console.hub.Discovery;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmwareCredential;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Discovery and vCenter credentials: wire → model. */
final class DiscoveryMapper {

    private final HubTime time;

    DiscoveryMapper(HubTime time) {
        this.time = time;
    }

    Discovery discovery(DiscoveryJson.DiscoverResponse d) {
        return new Discovery(list(d.discoveredVms()).stream().map(DiscoveryMapper::vm).toList(),
                "partial_success".equals(d.status()), text(d.message()), Duration.ofNanos(num(d.processingTime())));
    }

    private static DiscoveredVm vm(DiscoveryJson.Vm v) {
        List<DiscoveryJson.Disk> disks = list(v.disks());
        return new DiscoveredVm(text(v.id()), Wire.required(v.name(), "name"), text(v.path()),
                Objects.requireNonNullElse(VmMapper.powerState(v.powerState()), PowerState.UNKNOWN), text(v.guestOs()),
                num(v.memoryMb()), num(v.numCpu()), disks.size(),
                disks.stream().mapToLong(d -> num(d.capacityBytes())).sum(), flag(v.existing()),
                optionalText(v.contextId()));
    }

    /** Names the hub's answer leaves out were skipped (they exist) or unknown to vCenter: it does not say which. */
    static AddVmsResult added(List<String> requested, DiscoveryJson.AddResponse r) {
        Map<String, String> added = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (DiscoveryJson.Processed p : list(r.processedVms())) {
            String name = text(p.vmName());
            if (flag(p.success())) {
                added.put(name, text(p.contextId()));
            } else {
                failed.put(name, p.error() == null || p.error().isBlank() ? "failed without a reason" : p.error());
            }
        }
        List<String> notReported = requested.stream()
                .filter(name -> !added.containsKey(name) && !failed.containsKey(name))
                .distinct()
                .toList();
        return new AddVmsResult(added, failed, notReported);
    }

    List<VmwareCredential> credentials(DiscoveryJson.CredentialList wire) {
        return list(wire.credentials()).stream().map(this::credential).toList();
    }

    VmwareCredential credential(DiscoveryJson.@Nullable Credential c) {
        if (c == null || c.id() == null) {
            throw new IllegalArgumentException("The hub sent no credential id");
        }
        return new VmwareCredential(c.id(), c.credentialName() != null ? c.credentialName() : text(c.name()),
                text(c.vcenterHost()), text(c.username()), text(c.datacenter()), flag(c.isActive()),
                flag(c.isDefault()), time.instant(c.lastUsed()), num(c.usageCount()));
    }
}
