package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.world.WorldFacts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BackupListTest {

    private static HubSimulator hub;
    private static SimHttp http;
    private static WorldFacts world;

    @BeforeAll
    static void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false));
        http = new SimHttp(hub.baseUrl());
        world = hub.control().world();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void without_a_filter_the_list_is_empty() {
        assertThat(http.get("/api/v1/backups").body()).isEqualTo("{\"backups\":[],\"total\":0}\n");
        assertThat(http.get("/api/v1/backups?backup_type=full").json().get("total").asInt()).isZero();
    }

    @Test
    void only_the_first_present_filter_picks_the_rows() {
        String protectedCtx = contextId(world.protectedVm());

        assertThat(vmNames("/api/v1/backups?vm_name=" + world.linuxVm() + "&vm_context_id=" + protectedCtx))
                .as("vm_context_id before vm_name")
                .containsOnly(world.protectedVm());
        assertThat(
                vmNames("/api/v1/backups?repository_id=" + world.nfsRepositoryId() + "&vm_name=" + world.protectedVm()))
                .as("vm_name before repository_id")
                .containsOnly(world.protectedVm());
        assertThat(repositories("/api/v1/backups?vm_name=" + world.protectedVm())).as("vm_name ignores the repository")
                .contains(world.localRepositoryId(), world.nfsRepositoryId());
        assertThat(vmNames("/api/v1/backups?status=failed")).as("status alone spans VMs")
                .hasSizeGreaterThan(1)
                .contains(world.staleVm());
    }

    @Test
    void backup_type_and_status_filter_what_the_first_filter_picked() {
        JsonNode rows = http
                .get("/api/v1/backups?repository_id=" + world.localRepositoryId()
                        + "&status=completed&backup_type=full")
                .json()
                .get("backups");

        assertThat(rows.size()).isPositive();
        rows.forEach(r -> {
            assertThat(r.get("status").asString()).isEqualTo("completed");
            assertThat(r.get("backup_type").asString()).isEqualTo("full");
            assertThat(r.get("repository_id").asString()).isEqualTo(world.localRepositoryId());
        });
    }

    @Test
    void rows_come_newest_first() {
        List<OffsetDateTime> created = new ArrayList<>();
        http.get("/api/v1/backups?vm_name=" + world.protectedVm())
                .json()
                .get("backups")
                .forEach(r -> created.add(OffsetDateTime.parse(r.get("created_at").asString())));

        assertThat(created).hasSizeGreaterThan(20).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void per_disk_rows_and_vms_named_with_dash_disk_are_hidden() {
        String dashed = world.dashedVm();
        assertThat(http.get("/api/v1/backups?vm_name=" + dashed).json().get("total").asInt()).isZero();
        assertThat(http.get("/api/v1/backups/stats?vm_name=" + dashed + "&repository_id=" + world.nfsRepositoryId())
                .json()
                .get("backup_count")
                .asInt()).as("the stats query excludes '%-disk%' ids too").isZero();
        String dashedBackup = createdJobIds().stream()
                .filter(id -> id.startsWith("backup-" + dashed + "-"))
                .findFirst()
                .orElseThrow();
        assertThat(http.get("/api/v1/backups/" + dashedBackup).json().get("vm_name").asString()).as("the backups exist")
                .isEqualTo(dashed);

        String parent = SimulatorContractTest.latest(http, world.linuxVm(), "completed");
        long unix = Long.parseLong(parent.substring(parent.lastIndexOf('-') + 1));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(LocalDateTime.ofInstant(Instant.ofEpochSecond(unix), ZoneId.of("Europe/London")));
        String perDisk = "backup-" + world.linuxVm() + "-disk0-" + stamp;
        JsonNode row = http.get("/api/v1/backups/" + perDisk).json();
        assertThat(row.get("backup_id").asString()).isEqualTo(perDisk);
        assertThat(row.get("disks_count").asInt()).isZero();
        assertThat(row.get("status").asString()).isEqualTo("completed");
        assertThat(row.get("change_id").asString()).startsWith("52 ");
        assertThat(vmIds("/api/v1/backups?vm_name=" + world.linuxVm())).contains(parent)
                .allMatch(id -> !id.contains("-disk"));
    }

    private static List<String> createdJobIds() {
        List<String> ids = new ArrayList<>();
        http.get("/api/v1/protection-flows")
                .json()
                .get("flows")
                .forEach(f -> http.get("/api/v1/protection-flows/" + f.get("id").asString() + "/executions?limit=100")
                        .json()
                        .get("executions")
                        .forEach(e -> e.get("created_job_ids").forEach(id -> ids.add(id.asString()))));
        return ids;
    }

    @Test
    void stats_count_completed_parent_jobs_only() {
        JsonNode stats = http
                .get("/api/v1/backups/stats?vm_name=" + world.staleVm() + "&repository_id=" + world.localRepositoryId())
                .json();
        JsonNode completed = http.get("/api/v1/backups?vm_name=" + world.staleVm() + "&status=completed").json();

        assertThat(stats.get("backup_count").asInt()).isEqualTo(completed.get("total").asInt());
        long bytes = 0;
        for (JsonNode r : completed.get("backups")) {
            bytes += r.get("bytes_transferred").asLong();
        }
        assertThat(stats.get("total_size_bytes").asLong()).isEqualTo(bytes);
        assertThat(stats.get("last_backup_at").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
    }

    @Test
    void the_chain_is_the_oldest_full_parent_only_whatever_the_path_says() {
        JsonNode chain = http
                .get("/api/v1/backups/anything/chain?vm_name=" + world.linuxVm() + "&repository_id=ignored")
                .json();

        assertThat(chain.get("backup_count").asInt()).isEqualTo(1);
        JsonNode full = chain.get("backups").get(0);
        assertThat(full.get("backup_type").asString()).isEqualTo("full");
        assertThat(full.get("backup_id").asString()).isEqualTo(chain.get("full_backup_id").asString());
        JsonNode allFulls = http
                .get("/api/v1/backups?vm_name=" + world.linuxVm() + "&status=completed&backup_type=full")
                .json()
                .get("backups");
        assertThat(full.get("backup_id").asString())
                .isEqualTo(allFulls.get(allFulls.size() - 1).get("backup_id").asString());
        assertThat(chain.get("chain_id").asString()).isEqualTo(contextId(world.linuxVm()) + "-disk0-chain");

        assertThat(http.get("/api/v1/backups/chain?vm_name=" + world.linuxVm()).status())
                .as("the documented path is read as GET /backups/{id} with id 'chain'")
                .isEqualTo(404);
        assertThat(http.get("/api/v1/backups/x/chain?vm_name=" + world.linuxVm() + "&disk_id=one").status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/backups/x/chain?vm_context_id=ctx-unknown").json().get("backup_count").asInt())
                .isZero();
    }

    private static String contextId(String vm) {
        return http.get("/api/v1/vm-contexts/" + vm).json().get("context").get("context_id").asString();
    }

    private static List<String> vmNames(String path) {
        return field(path, "vm_name");
    }

    private static List<String> vmIds(String path) {
        return field(path, "backup_id");
    }

    private static List<String> repositories(String path) {
        return field(path, "repository_id");
    }

    private static List<String> field(String path, String name) {
        List<String> values = new ArrayList<>();
        http.get(path).json().get("backups").forEach(r -> values.add(r.get(name).asString()));
        return values;
    }
}
