package com.sendense.hubsim.restore;

import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The JSON bodies of the mount endpoints: {@code MountInfo}, the mount list, resources and cleanup status. */
final class MountViews {

    private final SimulatorConfig config;
    private final GoTime time;

    MountViews(SimulatorConfig config, GoTime time) {
        this.config = config;
        this.time = time;
    }

    /** A new mount: times straight from {@code time.Now()}, with nanoseconds; status hard-coded {@code mounted}. */
    GoJson.Struct fresh(MountRecord row, String backupId, int diskIndex) {
        return info(row, backupId, diskIndex, row.createdAt(), row.expiresAt(), "mounted");
    }

    /** An existing mount read back from the database: whole seconds, the row's status. */
    GoJson.Struct stored(MountRecord row, String backupId, int diskIndex) {
        return info(row, backupId, diskIndex, row.createdAtDb(), row.expiresAtDb(), row.status().wire());
    }

    /** {@code GET /mounts}: the hub hard-codes {@code backup_id: ""} and {@code disk_index: 0}. */
    SortedMap<String, Object> list(List<MountRecord> rows) {
        List<Object> mounts = new ArrayList<>();
        rows.forEach(r -> mounts.add(stored(r, "", 0)));
        SortedMap<String, Object> map = GoJson.map();
        map.put("count", rows.size());
        map.put("mounts", mounts);
        return map;
    }

    /** {@code restore.ResourceStatus}. */
    GoJson.Struct resources(List<MountRecord> active) {
        int max = config.maxMounts();
        List<String> devices = active.stream()
                .sorted((a, b) -> Integer.compare(a.deviceNumber(), b.deviceNumber()))
                .map(MountRecord::nbdDevice)
                .toList();
        return GoJson.struct()
                .put("active_mounts", active.size())
                .put("max_mounts", max)
                .put("available_slots", max - active.size())
                .put("allocated_devices", new ArrayList<>(devices))
                .put("available_devices", max - devices.size())
                .put("device_utilization_percent", max == 0 ? 0.0 : active.size() * 100.0 / max);
    }

    /** {@code restore.CleanupStatus}: durations as integer nanoseconds. */
    GoJson.Struct cleanupStatus(boolean running, int active, int expired) {
        return GoJson.struct()
                .put("running", running)
                .put("cleanup_interval", config.cleanupInterval().toNanos())
                .put("idle_timeout", config.mountTtl().toNanos())
                .put("active_mount_count", active)
                .put("expired_mount_count", expired);
    }

    /** {@code {"message":"backup unmounted successfully","mount_id":"<id>"}}. */
    static Map<String, Object> unmounted(String id) {
        SortedMap<String, Object> map = GoJson.map();
        map.put("message", "backup unmounted successfully");
        map.put("mount_id", id);
        return map;
    }

    private GoJson.Struct info(MountRecord row, String backupId, int diskIndex, Instant created, Instant expires,
            String status) {
        return GoJson.struct()
                .put("mount_id", row.id())
                .put("backup_id", backupId)
                .put("backup_disk_id", row.backupDiskId())
                .put("disk_index", diskIndex)
                .put("mount_path", row.mountPath())
                .put("nbd_device", row.nbdDevice())
                .put("filesystem_type", row.filesystemType())
                .put("status", status)
                .put("created_at", time.rfc3339Nano(created))
                .putOmitEmpty("expires_at", time.rfc3339Nano(expires));
    }
}
