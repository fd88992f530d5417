package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.flag;
import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.optionalText;
import static com.sendense.console.hub.internal.Wire.required;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.CleanupStatus;
import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import com.sendense.console.hub.RestoreResources;
import java.time.Duration;
import java.util.List;

final class RestoreMapper {

    private final HubTime time;

    RestoreMapper(HubTime time) {
        this.time = time;
    }

    Mount mount(RestoreJson.Mount m) {
        return new Mount(new MountId(required(m.mountId(), "mount_id")), text(m.backupId()), num(m.backupDiskId()),
                num(m.diskIndex()), text(m.mountPath()), text(m.nbdDevice()), text(m.filesystemType()),
                Wire.enumValue(MountStatus.class, m.status(), MountStatus.UNKNOWN),
                time.requiredInstant(m.createdAt(), "created_at"), time.instant(m.expiresAt()));
    }

    List<Mount> mounts(RestoreJson.MountList wire) {
        return list(wire.mounts()).stream().map(this::mount).toList();
    }

    /** {@code files} is {@code null} for an empty directory listed recursively. */
    FileListing listing(MountId requested, RestoreJson.FileList wire) {
        MountId id = wire.mountId() == null || wire.mountId().isEmpty() ? requested : new MountId(wire.mountId());
        return new FileListing(id, text(wire.path()), list(wire.files()).stream().map(this::entry).toList(),
                num(wire.totalCount()));
    }

    FileEntry entry(RestoreJson.FileInfo f) {
        return new FileEntry(text(f.name()), HubPath.of(required(f.path(), "path")),
                "directory".equals(f.type()) ? EntryType.DIRECTORY : EntryType.FILE, num(f.size()), text(f.mode()),
                time.instant(f.modifiedTime()), flag(f.isSymlink()), optionalText(f.symlinkTarget()));
    }

    RestoreResources resources(RestoreJson.Resources r) {
        return new RestoreResources(num(r.activeMounts()), num(r.maxMounts()), num(r.availableSlots()),
                list(r.allocatedDevices()), num(r.availableDevices()), num(r.deviceUtilizationPercent()));
    }

    CleanupStatus cleanup(RestoreJson.Cleanup c) {
        return new CleanupStatus(flag(c.running()), Duration.ofNanos(num(c.cleanupInterval())),
                Duration.ofNanos(num(c.idleTimeout())), num(c.activeMountCount()), num(c.expiredMountCount()));
    }
}
