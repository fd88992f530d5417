package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.VmContext;
import com.sendense.hubsim.world.VmGroup;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code api/handlers/vm_contexts.go}: the VM list, a VM's details by name or by id, and its disks.
 * Nothing here says anything about backups; the replication columns are at their zero values.
 */
final class VmContextApi {

    private final Inventory inventory;
    private final Outages outages;
    private final Timestamps time;
    private final Clock clock;

    VmContextApi(Inventory inventory, Outages outages, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.outages = outages;
        this.time = time;
        this.clock = clock;
    }

    /** {@code GET /vm-contexts}. */
    Reply list(HubRequest request) {
        if (outages.databaseDown()) {
            return error(500, "Failed to retrieve VM contexts");
        }
        List<GoJson.Struct> items = inventory.vms().stream().map(vm -> {
            GoJson.Struct item = context(vm);
            item.put("groups", vm.groups().stream().map(VmContextApi::group).toList());
            item.put("group_count", vm.groups().size());
            return item;
        }).toList();
        var map = GoJson.map();
        map.put("vm_contexts", items);
        map.put("count", items.size());
        return Reply.json(200, map);
    }

    /** {@code GET /vm-contexts/{vm_name}}. */
    Reply byName(HubRequest request) {
        String name = request.var("vm_name");
        return details(name, inventory.vmByName(name));
    }

    /** {@code GET /vm-contexts/by-id/{context_id}}. */
    Reply byId(HubRequest request) {
        String id = request.var("context_id");
        return details(id, inventory.vmByContextId(id));
    }

    /** {@code GET /vm-contexts/{context_id}/disks}: keyed by context id; anything unknown is an empty 200. */
    Reply disks(HubRequest request) {
        if (outages.databaseDown()) {
            return error(500, "Failed to get VM disks: " + Outages.DB_ERROR);
        }
        List<GoJson.Struct> disks = inventory.vmByContextId(request.var("context_id"))
                .map(vm -> vm.disks()
                        .stream()
                        .map(d -> GoJson.struct().put("disk_id", d.diskId()).put("size_gb", d.sizeGb()))
                        .toList())
                .orElse(List.of());
        var map = GoJson.map();
        map.put("count", disks.size());
        map.put("disks", disks);
        return Reply.json(200, map);
    }

    /** {@code database.VMContextDetails} of a VM that has only ever been backed up. */
    private Reply details(String key, Optional<VmContext> vm) {
        if (outages.databaseDown()) {
            return error(500, "Failed to retrieve VM context");
        }
        if (vm.isEmpty()) {
            return error(404, "VM context not found for: " + key);
        }
        return Reply.json(200,
                GoJson.struct()
                        .put("context", context(vm.get()))
                        .put("job_history", List.of())
                        .put("disks", null)
                        .put("cbt_history", List.of()));
    }

    /** {@code database.VMReplicationContext}, field by field. */
    GoJson.Struct context(VmContext vm) {
        return GoJson.struct()
                .put("context_id", vm.contextId())
                .put("vm_name", vm.vmName())
                .put("vmware_vm_id", vm.vmwareVmId())
                .put("vm_path", vm.vmPath())
                .put("vcenter_host", vm.vcenterHost())
                .put("datacenter", vm.datacenter())
                .put("current_status", "discovered")
                .put("current_job_id", null)
                .put("total_jobs_run", 0)
                .put("successful_jobs", 0)
                .put("failed_jobs", 0)
                .put("last_successful_job_id", null)
                .put("cpu_count", vm.cpuCount())
                .put("memory_mb", vm.memoryMb())
                .put("os_type", vm.osType())
                .put("power_state", vm.powerState())
                .put("vm_tools_version", vm.vmToolsVersion())
                .put("created_at", time.local(vm.createdAt()))
                .put("updated_at", time.local(vm.updatedAt()))
                .put("first_job_at", null)
                .put("last_job_at", null)
                .put("last_status_change", time.local(vm.createdAt()))
                .put("auto_added", true)
                .put("last_scheduled_job_id", null)
                .put("next_scheduled_at", null)
                .put("scheduler_enabled", true)
                .put("ossea_config_id", 0)
                .put("credential_id", vm.credentialId())
                .put("last_operation_summary", null);
    }

    private static GoJson.Struct group(VmGroup g) {
        return GoJson.struct()
                .put("group_id", g.id())
                .put("group_name", g.name())
                .put("priority", g.priority())
                .put("enabled", g.enabled());
    }

    /** The vm-contexts handlers' error map: {@code error} and a UTC timestamp. */
    private Reply error(int status, String message) {
        var map = GoJson.map();
        map.put("error", message);
        map.put("timestamp", time.utc(clock.instant()));
        return Reply.json(status, map);
    }
}
