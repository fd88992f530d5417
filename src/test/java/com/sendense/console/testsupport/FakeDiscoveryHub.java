package com.sendense.console.testsupport;

import com.sendense.console.hub.*;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Discovery and vCenter credentials of {@link FakeHubClient}: a vCenter list the test fills, contexts added from it.
 */
public abstract class FakeDiscoveryHub implements HubClient {

    public final Map<Integer, VmwareCredential> credentials = new ConcurrentHashMap<>();
    /** What vCenter holds, for discovery; {@link #addVms} turns them into contexts. */
    public final List<DiscoveredVm> vcenter = new CopyOnWriteArrayList<>();
    /** VM name → the hub's error: {@link #addVms} reports these as failed and adds nothing for them. */
    public final Map<String, String> addFailures = new ConcurrentHashMap<>();
    /** When set, discovery fails with it (the hub's 15 s cut, an SNA failure…). */
    public volatile @Nullable HubException discoveryFailure;
    /** When set, {@link #addVms} adds the VMs and then loses its answer, like the hub's 15 s write timeout. */
    public volatile boolean addLosesAnswer;
    /** Runs after {@link #addVms} has added, before it answers (a hub going down mid-call). */
    public volatile @Nullable Runnable afterAdd;
    /** Every {@link #addVms} call's names, in order. */
    public final List<List<String>> addRequests = new CopyOnWriteArrayList<>();
    /** Every credential update as sent, in order. */
    public final List<VmwareCredentialDraft> credentialUpdates = new CopyOnWriteArrayList<>();

    protected abstract void check();

    protected abstract void addContext(VmContext context);

    @Override
    public Discovery discoverVms(int credentialId, String filter) {
        vmwareCredential(credentialId);
        HubException failure = discoveryFailure;
        if (failure != null) {
            throw failure;
        }
        List<DiscoveredVm> found = vcenter.stream()
                .filter(vm -> filter.isEmpty() || vm.name().contains(filter))
                .map(vm -> {
                    @Nullable
                    VmContext known = vms().stream().filter(v -> v.vmName().equals(vm.name())).findFirst().orElse(null);
                    return new DiscoveredVm(vm.vmwareId(), vm.name(), vm.path(), vm.powerState(), vm.guestOs(),
                            vm.memoryMb(), vm.cpuCount(), vm.diskCount(), vm.capacityBytes(), known != null,
                            known == null ? null : known.contextId());
                })
                .toList();
        return new Discovery(found, false, "VM discovery completed successfully", Duration.ofSeconds(1));
    }

    @Override
    public AddVmsResult addVms(int credentialId, List<String> vmNames) {
        vmwareCredential(credentialId);
        addRequests.add(List.copyOf(vmNames));
        Map<String, String> added = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (DiscoveredVm vm : vcenter) {
            if (vmNames.contains(vm.name()) && addFailures.containsKey(vm.name())) {
                failed.put(vm.name(), addFailures.get(vm.name()));
            } else if (vmNames.contains(vm.name()) && vms().stream().noneMatch(v -> v.vmName().equals(vm.name()))) {
                VmContext context = FakeHubClient.vm(vm.name(), vm.guestOs(), vm.powerState());
                addContext(context);
                added.put(vm.name(), context.contextId());
            }
        }
        Runnable after = afterAdd;
        if (after != null) {
            after.run();
        }
        if (addLosesAnswer) {
            throw new HubUnavailableException("addVms", HubErrorCode.NO_RESPONSE, true,
                    "the connection closed before a response", null);
        }
        return new AddVmsResult(added, failed,
                vmNames.stream().filter(n -> !added.containsKey(n) && !failed.containsKey(n)).distinct().toList());
    }

    @Override
    public List<VmwareCredential> vmwareCredentials() {
        check();
        return credentials.values().stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList();
    }

    @Override
    public VmwareCredential vmwareCredential(int id) {
        check();
        VmwareCredential c = credentials.get(id);
        if (c == null) {
            throw new HubServerException("vmwareCredential", HubErrorCode.SERVER_ERROR, 500,
                    "Failed to retrieve credentials", null);
        }
        return c;
    }

    @Override
    public VmwareCredential createVmwareCredential(VmwareCredentialDraft d) {
        check();
        int id = credentials.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        VmwareCredential c = new VmwareCredential(id, d.name(), d.vcenterHost(), d.username(), d.datacenter(), true,
                d.isDefault(), null, 0);
        credentials.put(id, c);
        return c;
    }

    @Override
    public void updateVmwareCredential(int id, VmwareCredentialDraft d) {
        vmwareCredential(id);
        credentialUpdates.add(d);
        credentials.put(id, new VmwareCredential(id, d.name(), d.vcenterHost(), d.username(), d.datacenter(),
                d.active(), d.isDefault(), null, credentials.get(id).usageCount()));
    }

    @Override
    public void deleteVmwareCredential(int id) {
        vmwareCredential(id);
        credentials.remove(id);
    }
}
