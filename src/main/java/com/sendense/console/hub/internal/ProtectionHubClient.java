package com.sendense.console.hub.internal;

import com.sendense.console.hub.AddVmsResult;
import com.sendense.console.hub.BulkFlowResult;
import com.sendense.console.hub.Discovery;
import com.sendense.console.hub.FlowChanges;
import com.sendense.console.hub.FlowDraft;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowSummary;
import com.sendense.console.hub.FlowValidation;
import com.sendense.console.hub.GroupAssignment;
import com.sendense.console.hub.GroupChanges;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.HubSchedule;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.NewRepository;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.ProtectionHub;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryTestResult;
import com.sendense.console.hub.ScheduleDraft;
import com.sendense.console.hub.StorageRefresh;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.hub.VmwareCredentialDraft;
import java.util.List;

/**
 * The protection half of {@link WebClientHubClient}, kept apart so neither class grows past a screenful of concerns.
 */
abstract class ProtectionHubClient implements ProtectionHub {

    private final FlowCalls flows;
    private final GroupCalls groups;
    private final RepositoryCalls repositories;
    private final DiscoveryCalls discovery;

    ProtectionHubClient(HubPipeline pipeline, HubTime time, RepositoryMapper repositoryMapper) {
        this.flows = new FlowCalls(pipeline, new FlowMapper(time));
        this.groups = new GroupCalls(pipeline, new GroupMapper(time));
        this.repositories = new RepositoryCalls(pipeline, repositoryMapper);
        this.discovery = new DiscoveryCalls(pipeline, new DiscoveryMapper(time));
    }

    @Override
    public List<ProtectionFlow> protectionFlows() {
        return flows.flows();
    }

    @Override
    public ProtectionFlow flow(String flowId) {
        return flows.flow(flowId);
    }

    @Override
    public ProtectionFlow createFlow(FlowDraft draft) {
        return flows.create(draft);
    }

    @Override
    public ProtectionFlow updateFlow(String flowId, FlowChanges changes) {
        return flows.update(flowId, changes);
    }

    @Override
    public void deleteFlow(String flowId) {
        flows.delete(flowId);
    }

    @Override
    public ProtectionFlow enableFlow(String flowId) {
        return flows.enable(flowId);
    }

    @Override
    public ProtectionFlow disableFlow(String flowId) {
        return flows.disable(flowId);
    }

    @Override
    public BulkFlowResult bulkEnableFlows(List<String> flowIds) {
        return flows.bulk("enable", flowIds);
    }

    @Override
    public BulkFlowResult bulkDisableFlows(List<String> flowIds) {
        return flows.bulk("disable", flowIds);
    }

    @Override
    public BulkFlowResult bulkDeleteFlows(List<String> flowIds) {
        return flows.bulk("delete", flowIds);
    }

    @Override
    public FlowExecution executeFlow(String flowId) {
        return flows.execute(flowId);
    }

    @Override
    public List<FlowExecution> flowExecutions(String flowId, int limit) {
        return flows.executions(flowId, limit);
    }

    @Override
    public FlowRunSummary flowStatus(String flowId) {
        return flows.status(flowId);
    }

    @Override
    public FlowSummary flowSummary() {
        return flows.summary();
    }

    @Override
    public FlowValidation testFlow(String flowId) {
        return flows.test(flowId);
    }

    @Override
    public List<HubSchedule> schedules() {
        return flows.schedules();
    }

    @Override
    public HubSchedule schedule(String scheduleId) {
        return flows.schedule(scheduleId);
    }

    @Override
    public HubSchedule createSchedule(ScheduleDraft draft) {
        return flows.createSchedule(draft);
    }

    @Override
    public HubSchedule updateSchedule(String scheduleId, ScheduleDraft draft) {
        return flows.updateSchedule(scheduleId, draft);
    }

    @Override
    public void deleteSchedule(String scheduleId) {
        flows.deleteSchedule(scheduleId);
    }

    @Override
    public List<MachineGroup> machineGroups() {
        return groups.groups();
    }

    @Override
    public MachineGroup machineGroup(String groupId) {
        return groups.group(groupId);
    }

    @Override
    public MachineGroup createGroup(GroupDraft draft) {
        return groups.create(draft);
    }

    @Override
    public MachineGroup updateGroup(String groupId, GroupChanges changes) {
        return groups.update(groupId, changes);
    }

    @Override
    public void deleteGroup(String groupId) {
        groups.delete(groupId);
    }

    @Override
    public GroupAssignment assignToGroup(String groupId, String vmContextId) {
        return groups.assign(groupId, vmContextId);
    }

    @Override
    public void removeFromGroup(String groupId, String vmContextId) {
        groups.remove(groupId, vmContextId);
    }

    @Override
    public List<GroupMember> groupVms(String groupId) {
        return groups.vms(groupId);
    }

    @Override
    public Repository createRepository(NewRepository repository) {
        return repositories.create(repository);
    }

    @Override
    public RepositoryTestResult testRepository(RepositorySpec spec) {
        return repositories.test(spec);
    }

    @Override
    public void deleteRepository(String repositoryId) {
        repositories.delete(repositoryId);
    }

    @Override
    public StorageRefresh refreshRepositoryStorage() {
        return repositories.refresh();
    }

    @Override
    public Discovery discoverVms(int credentialId, String filter) {
        return discovery.discover(credentialId, filter);
    }

    @Override
    public AddVmsResult addVms(int credentialId, List<String> vmNames) {
        return discovery.add(credentialId, vmNames);
    }

    @Override
    public List<VmwareCredential> vmwareCredentials() {
        return discovery.credentials();
    }

    @Override
    public VmwareCredential vmwareCredential(int id) {
        return discovery.credential(id);
    }

    @Override
    public VmwareCredential createVmwareCredential(VmwareCredentialDraft draft) {
        return discovery.create(draft);
    }

    @Override
    public void updateVmwareCredential(int id, VmwareCredentialDraft draft) {
        discovery.update(id, draft);
    }

    @Override
    public void deleteVmwareCredential(int id) {
        discovery.delete(id);
    }
}
