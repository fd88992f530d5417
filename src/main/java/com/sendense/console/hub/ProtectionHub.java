package com.sendense.console.hub;

import java.util.List;

/**
 * The hub's protection endpoints: flows, machine groups, repository management, VM discovery and
 * vCenter credentials (part of {@link HubClient}). Validation and "not found" arrive from the hub as
 * 500s and are told apart by message, so the {@link HubErrorCode}s here are precise anyway.
 *
 * <p>The hub never runs a flow by itself: its {@code schedule_id} is a label and
 * {@code next_execution_time} is never written. Nothing here is retried except reads.
 */
public interface ProtectionHub {

    /** Newest first; the hub's {@code total} is the page length, so none is offered. */
    List<ProtectionFlow> protectionFlows();

    ProtectionFlow flow(String flowId);

    /**
     * The answer carries no repository, policy or schedule names (read the flow for those). An
     * {@code enabled=false} draft is created enabled by the hub and then disabled.
     */
    ProtectionFlow createFlow(FlowDraft draft);

    /** Counted as done when the hub's same-second "not found" (contract P1.7) hides a flow that shows the changes. */
    ProtectionFlow updateFlow(String flowId, FlowChanges changes);

    void deleteFlow(String flowId);

    /** Only a label on the hub; a double click's same-second "not found" counts as done when the flow is enabled. */
    ProtectionFlow enableFlow(String flowId);

    ProtectionFlow disableFlow(String flowId);

    BulkFlowResult bulkEnableFlows(List<String> flowIds);

    BulkFlowResult bulkDisableFlows(List<String> flowIds);

    /** Running backups of the deleted flows go on. */
    BulkFlowResult bulkDeleteFlows(List<String> flowIds);

    /**
     * Starts the flow's backups one VM after another and answers when all are started; disabled
     * flows run too, and the hub has no duplicate guard. A 200 may carry status {@code ERROR} when
     * every start failed (then {@link FlowExecution#createdBackupIds()} is empty), and a
     * {@code RUNNING} execution may stay so for ever (empty group, unknown VM): the caller judges.
     *
     * @throws HubUnavailableException with {@link HubUnavailableException#outcomeUnknown()} when the
     *     15 s write timeout cut the answer off while the run goes on: read {@link #flowExecutions}
     *     with limit 1 instead of executing again
     */
    FlowExecution executeFlow(String flowId);

    /** Newest first; {@code limit} must be 1–100; an unknown flow has none. */
    List<FlowExecution> flowExecutions(String flowId, int limit);

    /** {@link FlowRunSummary#nextExecutionAt()} is always empty: the console computes it. */
    FlowRunSummary flowStatus(String flowId);

    FlowSummary flowSummary();

    FlowValidation testFlow(String flowId);

    /** Sorted by name. Never attach one to a machine group: the hub then starts replication for its members. */
    List<HubSchedule> schedules();

    HubSchedule schedule(String scheduleId);

    /** The hub stores {@code enabled=false} as true; a schedule is only a flow's label anyway. */
    HubSchedule createSchedule(ScheduleDraft draft);

    /** An update that changes nothing within the same second is "not found" on the hub; it counts as done here. */
    HubSchedule updateSchedule(String scheduleId, ScheduleDraft draft);

    /** Refused ({@link HubErrorCode#SCHEDULE_IN_USE}) only for groups; flows keep a dangling id and lose their cron. */
    void deleteSchedule(String scheduleId);

    /** Sorted by name, with members. */
    List<MachineGroup> machineGroups();

    MachineGroup machineGroup(String groupId);

    MachineGroup createGroup(GroupDraft draft);

    MachineGroup updateGroup(String groupId, GroupChanges changes);

    /** Refused ({@link HubErrorCode#GROUP_HAS_VMS}) while it has members; flows that target it are not checked. */
    void deleteGroup(String groupId);

    /**
     * By context id; a full group is {@link HubErrorCode#GROUP_FULL}, a member {@link HubErrorCode#ALREADY_IN_GROUP}.
     */
    GroupAssignment assignToGroup(String groupId, String vmContextId);

    /** Succeeds also when the VM was no member. */
    void removeFromGroup(String groupId, String vmContextId);

    List<GroupMember> groupVms(String groupId);

    /** The answer never carries a CIFS password, though the hub returns it in clear. */
    Repository createRepository(NewRepository repository);

    RepositoryTestResult testRepository(RepositorySpec spec);

    /** A repository that ever held a backup is refused ({@link HubErrorCode#REPOSITORY_HAS_BACKUPS}). */
    void deleteRepository(String repositoryId);

    StorageRefresh refreshRepositoryStorage();

    /**
     * Lists the vCenter's VMs and changes nothing. Synchronous on the hub: a large inventory passes
     * its 15 s write timeout and arrives as {@link HubUnavailableException}.
     */
    Discovery discoverVms(int credentialId, String filter);

    /**
     * Creates a context for each named VM that does not exist yet, with the credential its backups
     * need (the hub's {@code bulk-add} leaves it out, so it is never used). Never retried.
     */
    AddVmsResult addVms(int credentialId, List<String> vmNames);

    List<VmwareCredential> vmwareCredentials();

    /** The hub answers an unknown id with a plain 500, not a 404. */
    VmwareCredential vmwareCredential(int id);

    VmwareCredential createVmwareCredential(VmwareCredentialDraft draft);

    /** Sends the whole credential: the hub blanks whatever is omitted. */
    void updateVmwareCredential(int id, VmwareCredentialDraft draft);

    /** The hub deletes a credential that VMs still use, and their backups then fail: check first. */
    void deleteVmwareCredential(int id);
}
