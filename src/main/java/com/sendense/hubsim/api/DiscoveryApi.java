package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.json.GoTime;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.ProtectionRows.Credential;
import com.sendense.hubsim.world.VCenterInventory;
import com.sendense.hubsim.world.VCenterInventory.VCenterVm;
import com.sendense.hubsim.world.VmContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code enhanced_discovery.go} (contract P7.2, P7.3): discovery of the demo vCenter through the
 * SNA, and {@code add-vms}, which creates contexts with the credential and disks backups need and
 * leaves skipped and unknown names out of its answer. {@code create_context} is not simulated.
 */
final class DiscoveryApi {

    private static final GoStruct DISCOVER = GoStruct.named("handlers", "DiscoverVMsRequest",
            FlowWriteApi.fields("credential_id", GoType.INT, "vcenter", GoType.STRING, "username", GoType.STRING,
                    "password", GoType.STRING, "datacenter", GoType.STRING, "filter", GoType.STRING, "create_context",
                    GoType.BOOL, "selected_vms", GoType.STRING_LIST));
    private static final GoStruct ADD = GoStruct.named("handlers", "AddVMsRequest",
            FlowWriteApi.fields("credential_id", GoType.INT, "vcenter", GoType.STRING, "username", GoType.STRING,
                    "password", GoType.STRING, "datacenter", GoType.STRING, "vm_names", GoType.STRING_LIST, "added_by",
                    GoType.STRING));
    /** What one discovery costs the SNA: a base plus a little per VM (time is reported, not spent). */
    private static final long BASE_NANOS = 800_000_000L;
    private static final long PER_VM_NANOS = 310_000_000L;

    private final Inventory inventory;
    private final Outages outages;
    private final GroupJson json;
    private final Timestamps time;
    private final Clock clock;
    private final ZoneId zone;

    DiscoveryApi(Inventory inventory, Outages outages, GroupJson json, Timestamps time, Clock clock, ZoneId zone) {
        this.inventory = inventory;
        this.outages = outages;
        this.json = json;
        this.time = time;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code POST /discovery/discover-vms}: lists the vCenter's VMs, {@code existing} decided by name. */
    Reply discover(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), DISCOVER);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        Optional<Reply> refused = credentials(body);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (outages.snaDown()) {
            return json.error(500,
                    "VM discovery failed: failed to call SNA discovery endpoint: Post \"http://localhost:9081/api/v1/discover\": "
                            + "dial tcp [::1]:9081: connect: connection refused");
        }
        List<VCenterVm> found = inventory.db().vcenter().vms(body.string("filter"));
        List<GoJson.Struct> vms = found.stream().map(this::vm).toList();
        return Reply.json(200,
                GoJson.struct()
                        .put("discovered_vms", vms)
                        .put("discovery_count", vms.size())
                        .put("processing_time", BASE_NANOS + PER_VM_NANOS * vms.size())
                        .put("status", "success")
                        .put("message", "VM discovery completed successfully"));
    }

    /** {@code POST /discovery/add-vms}: rediscovers everything, then adds the named VMs that do not exist yet. */
    Reply add(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), ADD);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        List<String> names = body.strings("vm_names");
        if (names.isEmpty()) {
            return json.error(400, "At least one VM name is required");
        }
        Optional<Reply> refused = credentials(body);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (outages.snaDown()) {
            return json.error(500, "Failed to add VMs: failed to discover VMs: failed to call SNA discovery endpoint");
        }
        int credentialId = (int) body.integer("credential_id");
        String host = inventory.db()
                .credential(credentialId)
                .map(Credential::vcenterHost)
                .orElse(body.string("vcenter"));
        Instant now = GoTime.withNanos(clock.instant());
        List<GoJson.Struct> processed = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            Optional<VCenterVm> vm = inventory.db().vcenter().vm(name);
            if (vm.isEmpty() || inventory.vmByName(name).isPresent()) {
                continue;
            }
            VmContext context = VCenterInventory.context(vm.get(), credentialId,
                    now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), zone, host);
            inventory.db().addVm(context);
            processed.add(
                    GoJson.struct().put("vm_name", name).put("success", true).put("context_id", context.contextId()));
        }
        return Reply.json(200,
                GoJson.struct()
                        .put("success", true)
                        .put("message", "VMs successfully processed")
                        .put("vms_added", processed.size())
                        .put("vms_failed", 0)
                        .put("total_vms", names.size())
                        .put("added_at", time.utcNano(now))
                        .putOmitEmpty("processed_vms", processed));
    }

    /** A stored credential by id, or all four raw fields; a missing stored one is a 500 from GORM. */
    private Optional<Reply> credentials(GoJsonDecoder.Decoded body) {
        long id = body.integer("credential_id");
        if (id != 0) {
            return inventory.db().credential((int) id).isPresent()
                    ? Optional.empty()
                    : Optional.of(json.error(500,
                            "Failed to load credentials: failed to get VMware credentials: record not found"));
        }
        boolean raw = !body.string("vcenter").isEmpty() && !body.string("username").isEmpty()
                && !body.string("password").isEmpty() && !body.string("datacenter").isEmpty();
        return raw
                ? Optional.empty()
                : Optional.of(json.error(400,
                        "Either credential_id OR (vcenter, username, password, datacenter) must be provided"));
    }

    private GoJson.Struct vm(VCenterVm vm) {
        Optional<VmContext> known = inventory.vmByName(vm.name());
        return GoJson.struct()
                .put("id", vm.id())
                .put("name", vm.name())
                .put("path", vm.path())
                .put("power_state", vm.powerState())
                .put("guest_os", vm.guestOs())
                .put("memory_mb", vm.memoryMb())
                .put("num_cpu", vm.numCpu())
                .putOmitEmpty("vmx_version", vm.vmxVersion())
                .put("disks",
                        vm.disks()
                                .stream()
                                .map(d -> GoJson.struct()
                                        .put("id", d.id())
                                        .put("label", d.label())
                                        .put("path", d.path())
                                        .put("size_gb", d.sizeGb())
                                        .put("capacity_bytes", d.capacityBytes())
                                        .put("datastore", d.datastore()))
                                .toList())
                .put("networks",
                        vm.networks()
                                .stream()
                                .map(n -> GoJson.struct()
                                        .put("label", n.label())
                                        .put("network_name", n.networkName())
                                        .put("mac_address", n.macAddress()))
                                .toList())
                .put("existing", known.isPresent())
                .putOmitEmpty("context_id", known.map(VmContext::contextId).orElse(null));
    }
}
