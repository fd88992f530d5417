package com.sendense.hubsim;

import com.sendense.hubsim.api.SessionStore;
import com.sendense.hubsim.backup.BackupEngine;
import com.sendense.hubsim.backup.FlowRunner;
import com.sendense.hubsim.control.Fault;
import com.sendense.hubsim.control.FaultRegistry;
import com.sendense.hubsim.control.FaultSpec;
import com.sendense.hubsim.control.LoggedRequest;
import com.sendense.hubsim.control.RequestLog;
import com.sendense.hubsim.restore.RestoreHandler;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.WorldFacts;
import java.util.List;
import java.util.Optional;

/**
 * Test and demo control of a running simulator: the same operations as the {@code /_sim/} HTTP
 * API. None of this exists on a real hub.
 */
public final class SimulatorControl {

    private final FaultRegistry faults;
    private final RequestLog requests;
    private final SessionStore sessions;
    private final BackupEngine engine;
    private final RestoreHandler restore;
    private final Outages outages;
    private final WorldFacts facts;
    private final FlowRunner flows;

    SimulatorControl(FaultRegistry faults, RequestLog requests, SessionStore sessions, BackupEngine engine,
            RestoreHandler restore, Outages outages, WorldFacts facts, FlowRunner flows) {
        this.flows = flows;
        this.faults = faults;
        this.requests = requests;
        this.sessions = sessions;
        this.engine = engine;
        this.restore = restore;
        this.outages = outages;
        this.facts = facts;
    }

    /** Adds a fault; returns its id. */
    public int addFault(FaultSpec spec) {
        return faults.add(spec);
    }

    public List<Fault> faults() {
        return faults.list();
    }

    public boolean removeFault(int id) {
        return faults.remove(id);
    }

    /** Removes every fault; returns how many there were. */
    public int clearFaults() {
        return faults.clear();
    }

    /**
     * Like a hub restart: every session token is forgotten. Nothing else changes. Returns how many sessions were lost.
     */
    public int restart() {
        return sessions.clear();
    }

    /** Every logged hub request (control-API calls are not logged). */
    public List<LoggedRequest> requests() {
        return requests.since(0);
    }

    /** Logged hub requests with a sequence number above {@code since}. */
    public List<LoggedRequest> requestsSince(long since) {
        return requests.since(since);
    }

    public int clearRequests() {
        return requests.clear();
    }

    /**
     * Ends a running backup now, as completed or failed (with {@code error}, or a realistic SBC error
     * if blank). The disks of a completed backup become mountable one telemetry interval later.
     * Returns the backup's status afterwards, or empty if there is no such backup.
     *
     * @throws IllegalStateException if the backup is not running
     */
    public Optional<String> finishBackup(String backupId, boolean completed, String error) {
        return engine.finish(backupId, completed, error).map(BackupRow::status);
    }

    /**
     * The backup's SBC stops sending telemetry; the stale-job detector will fail it. False if it is not transferring.
     */
    public boolean stallBackup(String backupId) {
        return engine.silence(backupId);
    }

    /**
     * The backup's SBC sends its telemetry now rather than at the next interval: the hub's bytes,
     * speed and percent change at this instant. False if it is not transferring.
     */
    public boolean reportBackupTelemetry(String backupId) {
        return engine.reportNow(backupId);
    }

    /** Runs one step of the backup engine and the stale-job detector now, on the configured clock. */
    public void runBackupEngineOnce() {
        engine.tick();
    }

    /** The restore half's failed mounts are removed (the administrator's DB clean-up). Returns how many. */
    public int clearFailedMounts() {
        return restore.clearFailedMounts();
    }

    /** With the database down, handlers answer with the hub's DB-error responses. */
    public void setDatabaseAvailable(boolean available) {
        outages.databaseDown(!available);
    }

    /** With the SNA down, {@code POST /backups} fails with {@code failed to call SNA API}. */
    public void setSnaAvailable(boolean available) {
        outages.snaDown(!available);
    }

    /** An unreadable repository (hung NFS) loses its {@code storage_info} and its storage endpoint fails. */
    public void setRepositoryReadable(String repositoryId, boolean readable) {
        outages.repositoryUnreadable(repositoryId, !readable);
    }

    /**
     * The disk image behind a live mount: {@code image.open(path)} streams exactly the bytes a
     * download of {@code path} delivers, for tests that check what reached the client.
     */
    public Optional<com.sendense.hubsim.files.DiskImage> mountedImage(String mountId) {
        return restore.image(mountId);
    }

    /** Named roles in the generated world. */
    public WorldFacts world() {
        return facts;
    }

    /**
     * How long each backup start of a flow run takes. A real hub needs seconds per VM, so a run of a
     * few VMs passes the 15 s write timeout and the caller gets no answer while the run goes on.
     */
    public void setFlowStartDelay(java.time.Duration delay) {
        flows.setStartDelay(delay);
    }
}
