package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.flag;
import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.required;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryTestResult;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.StorageRefresh;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

final class RepositoryMapper {

    /** CIFS/SMB configs carry a password secret; it must never reach a browser. */
    private static final Set<String> SECRET_KEYS = Set.of("password", "password_secret");

    private final HubTime time;

    RepositoryMapper(HubTime time) {
        this.time = time;
    }

    /** Sorted by name because the hub iterates a Go map: its order changes on every call. */
    List<Repository> repositories(RepositoryJson.RepositoryList wire) {
        return list(wire.repositories()).stream()
                .map(this::repository)
                .sorted(Comparator.comparing((Repository r) -> r.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Repository::id))
                .toList();
    }

    Repository repository(RepositoryJson.Repository r) {
        return new Repository(required(r.id(), "id"), text(r.name()),
                Wire.enumValue(RepositoryType.class, r.type(), RepositoryType.OTHER), flag(r.enabled()),
                flag(r.isImmutable()), num(r.minRetentionDays()),
                r.storageInfo() == null ? null : storage(r.storageInfo()),
                time.requiredWallClock(r.createdAt(), "created_at"),
                time.requiredWallClock(r.updatedAt(), "updated_at"), config(r.config()));
    }

    StorageInfo storage(RepositoryJson.Storage s) {
        return new StorageInfo(num(s.totalBytes()), num(s.usedBytes()), num(s.availableBytes()), num(s.usedPercent()),
                num(s.backupCount()), time.instant(s.lastCheckAt()));
    }

    /** The hub echoes a CIFS password in clear here; {@link #repository} drops it like every secret. */
    Repository created(RepositoryJson.Created wire) {
        if (wire.repository() == null) {
            throw new IllegalArgumentException("The hub sent no repository");
        }
        return repository(wire.repository());
    }

    static RepositoryTestResult test(RepositoryJson.TestResult t) {
        return new RepositoryTestResult(flag(t.success()), text(t.message()), Wire.optionalText(t.errorDetails()));
    }

    static StorageRefresh refresh(RepositoryJson.Refresh r) {
        return new StorageRefresh(num(r.refreshedCount()), num(r.failedCount()), text(r.message()));
    }

    /** {@code auto_mount} false: the console never asks the hub to mount a local path. */
    static Object config(RepositorySpec spec) {
        return switch (spec) {
            case RepositorySpec.Local l -> new RepositoryJson.LocalConfig(l.path(), false, "");
            case RepositorySpec.Nfs n -> new RepositoryJson.NfsConfig(n.server(), n.exportPath(), n.mountPoint(),
                    n.nfsVersion(), n.mountOptions());
            case RepositorySpec.Cifs c -> new RepositoryJson.CifsConfig(c.server(), c.shareName(), c.mountPoint(),
                    c.username(), c.password(), c.domain(), c.mountOptions());
        };
    }

    static String wireType(RepositorySpec spec) {
        return spec.type().name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> config(@Nullable Map<String, @Nullable Object> config) {
        Map<String, String> result = new LinkedHashMap<>();
        if (config != null) {
            config.forEach((key, value) -> {
                if (!SECRET_KEYS.contains(key)) {
                    result.put(key, value == null ? "" : String.valueOf(value));
                }
            });
        }
        return result;
    }
}
