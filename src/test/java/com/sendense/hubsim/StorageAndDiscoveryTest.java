package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.reliability.HubFault;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the simulator's repository, discovery and credential writes do, beyond the fixtures' shapes (contract P6, P7).
 */
class StorageAndDiscoveryTest {

    private static HubSimulator hub;
    private static SimHttp http;

    @BeforeAll
    static void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(Duration.ofSeconds(5), 1L << 20, 0.0, Duration.ofMinutes(5)));
        http = new SimHttp(hub.baseUrl());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    @HubFault("repository that held a backup")
    void a_repository_that_ever_held_a_backup_is_never_deleted_even_after_the_backup_is() {
        String repo = http
                .post("/api/v1/repositories",
                        "{\"name\":\"Scratch\",\"type\":\"local\",\"enabled\":true,"
                                + "\"config\":{\"path\":\"/backup/scratch\"}}")
                .json()
                .get("repository")
                .get("id")
                .asString();
        String backup = http.post("/api/v1/backups", SimulatorContractTest.start("mail-relay", "full", repo))
                .json()
                .get("backup_id")
                .asString();
        assertThat(http.delete("/api/v1/backups/" + backup).status()).isEqualTo(200);

        SimHttp.Response refused = http.delete("/api/v1/repositories/" + repo);

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.json().get("error").asString())
                .startsWith(
                        "Failed to delete repository: repository " + repo + ": delete: cannot delete repository with ")
                .endsWith(" existing backups");
        assertThat(ids(http.get("/api/v1/repositories").json())).contains(repo);
    }

    @Test
    void a_cifs_password_is_echoed_in_clear_and_a_disabled_repository_stays_listed_until_a_restart() {
        String body = "{\"name\":\"SMB disabled\",\"type\":\"smb\",\"config\":{\"server\":\"fs\",\"share_name\":\"b\","
                + "\"mount_point\":\"/mnt/b\",\"password_secret\":\"hunter2\"}}";
        JsonNode created = http.post("/api/v1/repositories", body).json().get("repository");

        assertThat(created.get("enabled").asBoolean()).isFalse();
        assertThat(created.get("config").get("password_secret").asString()).isEqualTo("hunter2");
        JsonNode listed = StreamSupport
                .stream(http.get("/api/v1/repositories").json().get("repositories").spliterator(), false)
                .filter(r -> r.get("id").asString().equals(created.get("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("config").get("password_secret").asString()).isEqualTo("hunter2");
        assertThat(http.delete("/api/v1/repositories/" + created.get("id").asString()).status()).isEqualTo(200);
    }

    @Test
    void a_vm_added_from_discovery_has_what_a_backup_needs_and_existing_names_are_left_out() {
        JsonNode discovered = http.post("/api/v1/discovery/discover-vms", "{\"credential_id\":35,\"filter\":\"crm\"}")
                .json();
        assertThat(StreamSupport.stream(discovered.get("discovered_vms").spliterator(), false)
                .map(v -> v.get("name").asString())).containsExactlyInAnyOrder("crm-app-01", "crm-db-01");
        assertThat(discovered.get("discovered_vms").get(0).get("existing").asBoolean()).isFalse();

        JsonNode added = http
                .post("/api/v1/discovery/add-vms",
                        "{\"credential_id\":35,\"vm_names\":[\"crm-app-01\",\"mail-relay\"]}")
                .json();

        assertThat(added.get("vms_added").asInt()).isEqualTo(1);
        assertThat(added.get("total_vms").asInt()).isEqualTo(2);
        assertThat(added.get("processed_vms")).hasSize(1);
        JsonNode context = http.get("/api/v1/vm-contexts/crm-app-01").json().get("context");
        assertThat(context.get("credential_id").asInt()).isEqualTo(35);
        SimHttp.Response backup = http.post("/api/v1/backups",
                SimulatorContractTest.start("crm-app-01", "full", hub.control().world().localRepositoryId()));
        assertThat(backup.status()).as(backup.body()).isEqualTo(200);
        JsonNode again = http.post("/api/v1/discovery/discover-vms", "{\"credential_id\":35,\"filter\":\"crm-app\"}")
                .json();
        assertThat(again.get("discovered_vms").get(0).get("existing").asBoolean()).isTrue();
    }

    @Test
    @HubFault("credential put blanks omitted fields")
    void a_credential_put_blanks_what_it_omits_and_its_test_always_passes() {
        int id = http
                .post("/api/v1/vmware-credentials",
                        "{\"credential_name\":\"lab\",\"vcenter_host\":\"lab.local\",\"username\":\"u\","
                                + "\"password\":\"p\",\"datacenter\":\"Lab\",\"is_active\":false}")
                .json()
                .get("credential")
                .get("id")
                .asInt();
        assertThat(http.get("/api/v1/vmware-credentials/" + id).json().get("is_active").asBoolean()).isTrue(); // GORM
                                                                                                               // default

        assertThat(http.send("PUT", "/api/v1/vmware-credentials/" + id, "{\"credential_name\":\"lab\"}").status())
                .isEqualTo(200);

        JsonNode stored = http.get("/api/v1/vmware-credentials/" + id).json();
        assertThat(stored.get("vcenter_host").asString()).isEmpty();
        assertThat(stored.get("datacenter").asString()).isEmpty();
        assertThat(stored.get("is_active").asBoolean()).isFalse();
        assertThat(http.post("/api/v1/vmware-credentials/" + id + "/test", "").json().get("message").asString())
                .isEqualTo("Connectivity test passed");
        assertThat(http.get("/api/v1/vmware-credentials/default").status()).isEqualTo(400);
    }

    @Test
    @HubFault("credential deleted while in use")
    void deleting_a_credential_in_use_is_allowed_and_breaks_the_vms_backups() {
        SimHttp.Response deleted = http.delete("/api/v1/vmware-credentials/36");
        assertThat(deleted.status()).isEqualTo(200);

        String vm = StreamSupport.stream(http.get("/api/v1/vm-contexts").json().get("vm_contexts").spliterator(), false)
                .filter(v -> v.get("credential_id").isNull() && v.get("vm_name").asString().startsWith("dc"))
                .map(v -> v.get("vm_name").asString())
                .findFirst()
                .orElse("");
        assertThat(vm).as("a VM that used credential 36").isNotEmpty();
        SimHttp.Response backup = http.post("/api/v1/backups",
                SimulatorContractTest.start(vm, "full", hub.control().world().localRepositoryId()));
        assertThat(backup.status()).isEqualTo(400);
        assertThat(backup.body()).contains("VM context missing credential_id");
    }

    @Test
    void a_policy_defaults_to_disabled_and_its_copy_rule_keeps_the_destination_from_being_deleted() {
        String target = http
                .post("/api/v1/repositories",
                        "{\"name\":\"Copy target\",\"type\":\"nfs\",\"enabled\":true,"
                                + "\"config\":{\"server\":\"nas\",\"export_path\":\"/x\",\"mount_point\":\"/mnt/x\"}}")
                .json()
                .get("repository")
                .get("id")
                .asString();
        JsonNode policy = http.post("/api/v1/policies",
                "{\"name\":\"With copy\",\"primary_repository_id\":\"" + hub.control().world().localRepositoryId()
                        + "\",\"copy_rules\":[{\"destination_repository_id\":\"" + target
                        + "\",\"copy_mode\":\"immediate\",\"priority\":1}]}")
                .json();
        assertThat(policy.get("enabled").asBoolean()).isFalse();

        SimHttp.Response refused = http.delete("/api/v1/repositories/" + target);

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.json().get("error").asString())
                .contains("Error 1451 (23000): Cannot delete or update a parent row")
                .contains("backup_copy_rules");
        assertThat(http.delete("/api/v1/policies/" + policy.get("id").asString()).status()).isEqualTo(200);
        assertThat(http.delete("/api/v1/repositories/" + target).status()).isEqualTo(200);
    }

    private static java.util.List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("repositories").spliterator(), false)
                .map(r -> r.get("id").asString())
                .toList();
    }
}
