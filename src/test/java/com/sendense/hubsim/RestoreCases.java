package com.sendense.hubsim;

import com.sendense.hubsim.SimulatorContractTest.Case;
import com.sendense.hubsim.world.WorldFacts;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The contract cases of the restore half's fixtures. They mount a disk of a completed Windows
 * backup (system disk: System Reserved + C:, as in the fixtures) on a dedicated simulator. The
 * simulators start lazily, only when a restore case runs.
 */
final class RestoreCases {

    private static HubSimulator restoreHub;
    private static HubSimulator singleMountHub;
    private static String mountId;

    private RestoreCases() {}

    static void add(Map<String, Case> m, WorldFacts world) {
        String mounts = "/api/v1/restore/mounts";
        m.put("mounts-empty.json", SimulatorContractTest.restore(200, h -> sim().get(mounts), Set.of()));
        m.put("mount.json", SimulatorContractTest.restore(200,
                h -> sim().post("/api/v1/restore/mount", mountBody(world, 0)), Set.of()));
        m.put("mount-reused.json", SimulatorContractTest.restore(200, h -> {
            mount(world);
            return sim().post("/api/v1/restore/mount", mountBody(world, 0));
        }, Set.of()));
        m.put("mounts.json", SimulatorContractTest.restore(200, h -> {
            mount(world);
            return sim().get(mounts);
        }, Set.of()));
        m.put("mount-400.json",
                SimulatorContractTest.restore(400, h -> sim().post("/api/v1/restore/mount", "{}"), Set.of()));
        m.put("mount-500-disk-not-found.json", SimulatorContractTest.restore(500,
                h -> sim().post("/api/v1/restore/mount", mountBody(world, 5)), Set.of()));
        m.put("mount-500-limit.json", SimulatorContractTest.restore(500, h -> {
            SimHttp single = new SimHttp(singleMountHub().baseUrl());
            single.post("/api/v1/restore/mount",
                    "{\"backup_id\":\"" + backup(single, world.protectedVm()) + "\",\"disk_index\":0}");
            return single.post("/api/v1/restore/mount",
                    "{\"backup_id\":\"" + backup(single, world.linuxVm()) + "\",\"disk_index\":0}");
        }, Set.of()));
        m.put("resources.json", SimulatorContractTest.restore(200, h -> {
            mount(world);
            return sim().get("/api/v1/restore/resources");
        }, Set.of()));
        m.put("cleanup-status.json",
                SimulatorContractTest.restore(200, h -> sim().get("/api/v1/restore/cleanup-status"), Set.of()));
        m.put("files-root.json", files(world, "/"));
        m.put("files-partition.json", files(world, "/partition-2"));
        m.put("files-subdir.json", files(world, "/partition-2/Recovery/WindowsRE"));
        m.put("files-empty-dir.json", files(world, "/partition-2/PerfLogs"));
        m.put("files-recursive-empty.json", files(world, "/partition-2/PerfLogs&recursive=true"));
        m.put("files-500-mount-not-found.json", SimulatorContractTest.restore(500,
                h -> sim().get("/api/v1/restore/00000000-0000-4000-8000-000000000000/files?path=/"), Set.of()));
        m.put("files-500-path-missing.json",
                onMount(world, 500, id -> "/api/v1/restore/" + id + "/files?path=/Windows"));
        m.put("file-info.json", onMount(world, 200,
                id -> "/api/v1/restore/" + id + "/file-info?path=/partition-2/Recovery/WindowsRE/ReAgent.xml"));
        m.put("file-info-symlink.json", onMount(world, 200,
                id -> "/api/v1/restore/" + id + "/file-info?path=/partition-2/Documents%20and%20Settings"));
        m.put("file-info-400.json", onMount(world, 400, id -> "/api/v1/restore/" + id + "/file-info"));
        m.put("download-500.json",
                onMount(world, 500, id -> "/api/v1/restore/" + id + "/download?path=/partition-2/nope.txt"));
        m.put("download-directory-500-format.json", onMount(world, 500,
                id -> "/api/v1/restore/" + id + "/download-directory?path=/partition-2&format=tgz"));
        m.put("unmount.json",
                SimulatorContractTest.restore(200, h -> sim().delete("/api/v1/restore/"
                        + sim().post("/api/v1/restore/mount", mountBody(world, 1)).json().get("mount_id").asString()),
                        Set.of()));
        m.put("unmount-500.json", SimulatorContractTest.restore(500,
                h -> sim().delete("/api/v1/restore/00000000-0000-4000-8000-000000000000"), Set.of()));
    }

    static synchronized void close() {
        for (HubSimulator h : new HubSimulator[]{restoreHub, singleMountHub}) {
            if (h != null) {
                h.close();
            }
        }
        restoreHub = null;
        singleMountHub = null;
        mountId = null;
    }

    private static Case files(WorldFacts world, String pathAndFlags) {
        return onMount(world, 200, id -> "/api/v1/restore/" + id + "/files?path=" + pathAndFlags);
    }

    private static Case onMount(WorldFacts world, int status, Function<String, String> path) {
        return SimulatorContractTest.restore(status, h -> sim().get(path.apply(mount(world))), Set.of());
    }

    private static synchronized String mount(WorldFacts world) {
        if (mountId == null) {
            mountId = sim().post("/api/v1/restore/mount", mountBody(world, 0)).json().get("mount_id").asString();
        }
        return mountId;
    }

    private static String mountBody(WorldFacts world, int disk) {
        return "{\"backup_id\":\"" + backup(sim(), world.protectedVm()) + "\",\"disk_index\":" + disk + "}";
    }

    private static String backup(SimHttp http, String vm) {
        return SimulatorContractTest.latest(http, vm, "completed");
    }

    private static synchronized SimHttp sim() {
        if (restoreHub == null) {
            restoreHub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false));
        }
        return new SimHttp(restoreHub.baseUrl());
    }

    private static synchronized HubSimulator singleMountHub() {
        if (singleMountHub == null) {
            SimulatorConfig c = SimulatorConfig.defaults().withAuth(false);
            singleMountHub = HubSimulator.start(new SimulatorConfig(c.bindAddress(), 0, c.seed(), c.historyDays(),
                    c.zone(), false, c.falseZTimestamps(), c.writeTimeout(), 0, Duration.ofHours(1),
                    Duration.ofMinutes(15), 1, c.telemetryInterval(), c.backupBytesPerSecond(), 0.0,
                    c.staleJobTimeout(), c.hostDirectories(), c.clock(), SimulatorConfig.World.DEMO));
        }
        return singleMountHub;
    }
}
