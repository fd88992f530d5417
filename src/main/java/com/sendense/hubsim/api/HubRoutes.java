package com.sendense.hubsim.api;

import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.backup.BackupStarter;
import com.sendense.hubsim.backup.BackupStore;
import com.sendense.hubsim.backup.FlowRunner;
import com.sendense.hubsim.http.RouteGuard;
import com.sendense.hubsim.http.Router;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import java.util.function.Consumer;

/**
 * The hub's routes in the order {@code api/server.go} registers them (order decides which route
 * wins in gorilla/mux), with {@code requireAuth} on exactly the routes the hub wraps. The restore
 * subtree is not here: it is handed to the restore half as a whole.
 */
public final class HubRoutes {

    /** The router and the auth middleware its wrapped routes go through. */
    public record Wiring(Router router, RouteGuard guard) {}

    private HubRoutes() {}

    public static Wiring build(SimulatorConfig config, Inventory inventory, BackupStore store, BackupStarter starter,
            FlowRunner runner, Outages outages, SessionStore sessions, Consumer<String> backupDeleted) {
        Timestamps time = new Timestamps(config.zone(), config.falseZTimestamps());
        AuthApi auth = new AuthApi(config.authEnabled(), sessions, time, config.clock());
        HealthApi health = new HealthApi(time, config.clock());
        VmContextApi vms = new VmContextApi(inventory, outages, time, config.clock());
        RepositoryApi repositories = new RepositoryApi(inventory, store, outages, time, config.clock());
        RepositoryWriteApi repositoryWrites = new RepositoryWriteApi(inventory, store, repositories, config.clock());
        BackupApi backups = new BackupApi(inventory, store, starter, outages, time, config.clock(), backupDeleted);
        FlowJson flowJson = new FlowJson(inventory, time);
        FlowApi flows = new FlowApi(inventory, runner, flowJson, config.clock());
        FlowWriteApi flowWrites = new FlowWriteApi(inventory, runner, flowJson, config.clock());
        GroupJson groupJson = new GroupJson(inventory, vms, time, config.clock());
        GroupApi groups = new GroupApi(inventory, groupJson, config.clock());
        ScheduleApi schedules = new ScheduleApi(inventory, groupJson, time, config.clock());
        ScheduleRunApi scheduleRuns = new ScheduleRunApi(inventory, groupJson, time, config.clock());
        GroupVmApi groupVms = new GroupVmApi(inventory, groupJson, time, config.clock());
        DiscoveryApi discovery = new DiscoveryApi(inventory, outages, groupJson, time, config.clock(), config.zone());
        CredentialApi credentials = new CredentialApi(inventory, store, time, config.clock());
        PolicyApi policies = new PolicyApi(inventory, time, config.clock());

        Router router = new Router().open("GET", "/health", health::health)
                .open("POST", "/api/v1/auth/login", auth::login)
                .wrapped("GET", "/api/v1/vm-contexts", vms::list)
                .wrapped("GET", "/api/v1/vm-contexts/{vm_name}", vms::byName)
                .wrapped("GET", "/api/v1/vm-contexts/by-id/{context_id}", vms::byId)
                .wrapped("GET", "/api/v1/vm-contexts/{context_id}/disks", vms::disks)
                .wrapped("POST", "/api/v1/schedules", schedules::create)
                .wrapped("GET", "/api/v1/schedules", schedules::list)
                .wrapped("GET", "/api/v1/schedules/{id}", schedules::get)
                .wrapped("PUT", "/api/v1/schedules/{id}", schedules::update)
                .wrapped("DELETE", "/api/v1/schedules/{id}", schedules::delete)
                .wrapped("POST", "/api/v1/schedules/{id}/enable", schedules::enable)
                .wrapped("POST", "/api/v1/schedules/{id}/trigger", scheduleRuns::trigger)
                .wrapped("GET", "/api/v1/schedules/{id}/executions", scheduleRuns::executions)
                .wrapped("POST", "/api/v1/repositories", repositoryWrites::create)
                .wrapped("GET", "/api/v1/repositories", repositories::list)
                .wrapped("POST", "/api/v1/repositories/test", repositoryWrites::test)
                .wrapped("POST", "/api/v1/repositories/refresh-storage", repositories::refresh)
                .wrapped("GET", "/api/v1/repositories/{id}/storage", repositories::storage)
                .wrapped("DELETE", "/api/v1/repositories/{id}", repositoryWrites::delete)
                .wrapped("POST", "/api/v1/policies", policies::create)
                .wrapped("GET", "/api/v1/policies", policies::list)
                .wrapped("GET", "/api/v1/policies/{id}", policies::get)
                .wrapped("DELETE", "/api/v1/policies/{id}", policies::delete)
                .open("POST", "/api/v1/backups", backups::start)
                .open("GET", "/api/v1/backups/stats", backups::stats)
                .open("GET", "/api/v1/backups", backups::list)
                .open("GET", "/api/v1/backups/changeid", backups::changeId)
                .open("GET", "/api/v1/backups/{vm_name}/chain", backups::chain)
                .open("POST", "/api/v1/backups/{backup_id}/complete", backups::complete)
                .open("GET", "/api/v1/backups/{backup_id}", backups::get)
                .open("DELETE", "/api/v1/backups/{backup_id}", backups::delete)
                .wrapped("POST", "/api/v1/protection-flows", flowWrites::create)
                .wrapped("GET", "/api/v1/protection-flows", flows::list)
                .wrapped("GET", "/api/v1/protection-flows/summary", flows::summary)
                .wrapped("POST", "/api/v1/protection-flows/bulk-enable", r -> flowWrites.bulk(r, "enable"))
                .wrapped("POST", "/api/v1/protection-flows/bulk-disable", r -> flowWrites.bulk(r, "disable"))
                .wrapped("POST", "/api/v1/protection-flows/bulk-delete", r -> flowWrites.bulk(r, "delete"))
                .wrapped("GET", "/api/v1/protection-flows/{id}", flows::get)
                .wrapped("PUT", "/api/v1/protection-flows/{id}", flowWrites::update)
                .wrapped("DELETE", "/api/v1/protection-flows/{id}", flowWrites::delete)
                .wrapped("PATCH", "/api/v1/protection-flows/{id}/enable", flowWrites::enable)
                .wrapped("PATCH", "/api/v1/protection-flows/{id}/disable", flowWrites::disable)
                .wrapped("POST", "/api/v1/protection-flows/{id}/execute", flowWrites::execute)
                .wrapped("GET", "/api/v1/protection-flows/{id}/executions", flows::executions)
                .wrapped("GET", "/api/v1/protection-flows/{id}/status", flows::status)
                .wrapped("POST", "/api/v1/protection-flows/{id}/test", flows::test)
                .wrapped("POST", "/api/v1/machine-groups", groups::create)
                .wrapped("GET", "/api/v1/machine-groups", groups::list)
                .wrapped("GET", "/api/v1/machine-groups/{id}", groups::get)
                .wrapped("PUT", "/api/v1/machine-groups/{id}", groups::update)
                .wrapped("DELETE", "/api/v1/machine-groups/{id}", groups::delete)
                .wrapped("POST", "/api/v1/machine-groups/{id}/vms", groupVms::assign)
                .wrapped("DELETE", "/api/v1/machine-groups/{id}/vms/{vmId}", groupVms::remove)
                .wrapped("GET", "/api/v1/machine-groups/{id}/vms", groupVms::list)
                .wrapped("GET", "/api/v1/vm-groups/{group_id}/members", groupVms::members)
                .wrapped("POST", "/api/v1/discovery/discover-vms", discovery::discover)
                .wrapped("POST", "/api/v1/discovery/add-vms", discovery::add)
                .wrapped("GET", "/api/v1/vmware-credentials", credentials::list)
                .wrapped("POST", "/api/v1/vmware-credentials", credentials::create)
                .wrapped("GET", "/api/v1/vmware-credentials/{id}", credentials::get)
                .wrapped("PUT", "/api/v1/vmware-credentials/{id}", credentials::update)
                .wrapped("DELETE", "/api/v1/vmware-credentials/{id}", credentials::delete)
                .wrapped("POST", "/api/v1/vmware-credentials/{id}/test", credentials::test)
                .wrapped("PUT", "/api/v1/vmware-credentials/{id}/set-default", credentials::setDefault)
                .wrapped("GET", "/api/v1/vmware-credentials/default", credentials::get);
        return new Wiring(router, auth);
    }
}
