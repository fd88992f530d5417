package com.sendense.hubsim;

import static com.sendense.hubsim.ProtectionContractTest.json;

import com.sendense.hubsim.ProtectionContractTest.Case;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The requests behind the P6 repository, P7 discovery and credential, P3 schedule and P5 policy fixtures. */
final class ProtectionWriteCases {

    private static final String REPOS = "/api/v1/repositories";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final AtomicInteger names = new AtomicInteger();

    private ProtectionWriteCases() {}

    static void repositories(Map<String, Case> m, String usedRepository) {
        m.put("repository-create-local.json",
                json(201, h -> h.post(REPOS, repo("local", "{\"path\":\"/backup/secondary\"}"))));
        m.put("repository-create-nfs.json", json(201, h -> h.post(REPOS, repo("nfs",
                "{\"server\":\"10.0.100.60\",\"export_path\":\"/exports/archive\",\"mount_point\":\"/mnt/nfs-archive\",\"nfs_version\":\"4.1\"}")),
                "storage_info"));
        m.put("repository-create-cifs.json", json(201, h -> h.post(REPOS, repo("cifs",
                "{\"server\":\"fs.example.local\",\"share_name\":\"backups\",\"mount_point\":\"/mnt/smb\",\"username\":\"svc\","
                        + "\"password_secret\":\"example-password\",\"domain\":\"EXAMPLE\",\"mount_options\":\"vers=3.0\"}"))));
        m.put("repository-create-400-json.json", json(400, h -> h.post(REPOS, "{\"name\":")));
        m.put("repository-create-400-name.json", json(400, h -> h.post(REPOS, "{\"type\":\"local\"}")));
        m.put("repository-create-400-type.json", json(400, h -> h.post(REPOS, "{\"name\":\"x\"}")));
        m.put("repository-create-400-unsupported.txt",
                text(400, h -> h.post(REPOS, "{\"name\":\"x\",\"type\":\"s3\",\"config\":{}}")));
        m.put("repository-create-400-config.txt", text(400, h -> h.post(REPOS,
                "{\"name\":\"x\",\"type\":\"nfs\",\"config\":{\"server\":\"s\",\"export_path\":\"/e\",\"nfs_version\":4.1}}")));
        m.put("repository-create-500-validate.json", json(500, h -> h.post(REPOS, repo("local", "{}"))));
        m.put("repository-create-500-not-writable.json",
                json(500, h -> h.post(REPOS, repo("local", "{\"path\":\"/mnt/readonly\"}"))));
        m.put("repository-create-500-duplicate.json",
                json(500, h -> h.post(REPOS, "{\"name\":\"" + firstRepositoryName(h)
                        + "\",\"type\":\"local\",\"enabled\":true,\"config\":{\"path\":\"/backup/x\"}}")));
        m.put("repository-create-500-mount-point.json", json(500,
                h -> h.post(REPOS, repo("nfs", "{\"server\":\"10.0.100.60\",\"export_path\":\"/exports/archive\"}"))));
        m.put("repository-test-ok.json", json(200, h -> h.post(REPOS + "/test",
                "{\"type\":\"nfs\",\"config\":{\"server\":\"s\",\"export_path\":\"/e\"}}")));
        m.put("repository-test-failed.json", json(200,
                h -> h.post(REPOS + "/test", "{\"type\":\"local\",\"config\":{\"path\":\"/mnt/readonly\"}}")));
        m.put("repository-test-400.txt", text(400, h -> h.post(REPOS + "/test", "{}")));
        m.put("repository-delete.json",
                json(200,
                        h -> h.delete(REPOS + "/" + h
                                .post(REPOS,
                                        repo("smb",
                                                "{\"server\":\"s\",\"share_name\":\"b\",\"mount_point\":\"/mnt/b\"}"))
                                .json()
                                .get("repository")
                                .get("id")
                                .asString())));
        m.put("repository-delete-500-has-backups.json", json(500, h -> h.delete(REPOS + "/" + usedRepository)));
        m.put("repository-delete-500-not-found.json", json(500, h -> h.delete(REPOS + "/repo-local-1760000000")));
        m.put("repositories-refresh-storage.json", json(200, h -> h.post(REPOS + "/refresh-storage", "")));
    }

    private static String repo(String type, String config) {
        return "{\"name\":\"Repo " + names.incrementAndGet() + "\",\"type\":\"" + type
                + "\",\"enabled\":true,\"config\":" + config + "}";
    }

    private static String firstRepositoryName(SimHttp h) {
        return h.get(REPOS).json().get("repositories").get(0).get("name").asString();
    }

    private static Case text(int status, java.util.function.Function<SimHttp, SimHttp.Response> request) {
        return new Case(status, Optional.of(TEXT), request, Set.of());
    }

    static void discovery(Map<String, Case> m, SimulatorControl control) {
        m.put("discover-vms.json", json(200,
                h -> h.post("/api/v1/discovery/discover-vms", "{\"credential_id\":35,\"create_context\":false}"),
                "context_id", "vmx_version"));
        m.put("discover-vms-400.json", json(400, h -> h.post("/api/v1/discovery/discover-vms", "{\"vcenter\":\"v\"}")));
        m.put("discover-vms-500.json", json(500, h -> {
            control.setSnaAvailable(false);
            try {
                return h.post("/api/v1/discovery/discover-vms", "{\"credential_id\":35}");
            } finally {
                control.setSnaAvailable(true);
            }
        }));
        m.put("add-vms.json", json(200, h -> h.post("/api/v1/discovery/add-vms",
                "{\"credential_id\":35,\"vm_names\":[\"fileserver-02\",\"no-such-vm\"]}")));
        m.put("vmware-credentials.json", json(200, h -> h.get("/api/v1/vmware-credentials"), "last_used"));
    }

    static void policies(Map<String, Case> m, HubSimulator emptyHub, String primary, String nfs) {
        String withCopy = "{\"name\":\"Retain 30d + NAS copy\",\"enabled\":true,\"primary_repository_id\":\"" + primary
                + "\",\"retention_days\":30,\"copy_rules\":[{\"destination_repository_id\":\"" + nfs
                + "\",\"copy_mode\":\"immediate\",\"priority\":1,\"enabled\":true,\"verify_after_copy\":true}]}";
        m.put("policy-create.json", json(201, h -> h.post("/api/v1/policies", withCopy)));
        m.put("policies.json", json(200, h -> {
            h.post("/api/v1/policies",
                    "{\"name\":\"Keep 7 days\",\"primary_repository_id\":\"" + primary + "\",\"retention_days\":7}");
            return h.get("/api/v1/policies");
        }));
        m.put("policies-empty.json", json(200, h -> SimulatorContractTest.on(emptyHub).get("/api/v1/policies")));
        m.put("policy-get.json", json(200, h -> h.get("/api/v1/policies/" + policyId(h, "Retain 30d + NAS copy"))));
        m.put("policy-create-400-name.txt",
                text(400, h -> h.post("/api/v1/policies", "{\"primary_repository_id\":\"x\"}")));
        m.put("policy-create-500-repo.txt",
                text(500, h -> h.post("/api/v1/policies", "{\"name\":\"p\",\"primary_repository_id\":\"nope\"}")));
        m.put("repository-delete-500-in-use.json", json(500, h -> h.delete(REPOS + "/" + nfs)));
        m.put("policy-delete.json", json(200, h -> h.delete("/api/v1/policies/" + policyId(h, "Keep 7 days"))));
        m.put("policy-delete-500.txt",
                text(500, h -> h.delete("/api/v1/policies/d9e8a1b2-5f3c-4e7d-8a6b-0c1d2e3f4a5b")));
        m.put("policy-get-404.txt", text(404, h -> h.get("/api/v1/policies/d9e8a1b2-5f3c-4e7d-8a6b-0c1d2e3f4a5b")));
    }

    private static String policyId(SimHttp h, String name) {
        for (var p : h.get("/api/v1/policies").json()) {
            if (p.get("name").asString().equals(name)) {
                return p.get("id").asString();
            }
        }
        throw new IllegalStateException("no policy " + name);
    }

    static void schedules(Map<String, Case> m, HubSimulator emptyHub) {
        String s = "/api/v1/schedules";
        String unknown = "5c2d1e7a-9b2b-11f0-8de9-0200000000ff";
        java.util.concurrent.atomic.AtomicReference<String> triggered = new java.util.concurrent.atomic.AtomicReference<>();
        m.put("schedules.json", json(200, h -> h.get(s)));
        m.put("schedules-empty.json", json(200, h -> SimulatorContractTest.on(emptyHub).get(s)));
        m.put("schedule-get.json",
                json(200, h -> h.get(s + "/" + h.get(s).json().get("schedules").get(0).get("id").asString())));
        m.put("schedule-get-404.json", json(404, h -> h.get(s + "/" + unknown)));
        m.put("schedule-create.json", json(201, h -> h.post(s, schedule(true))));
        m.put("schedule-create-400.json", json(400, h -> h.post(s, "x")));
        m.put("schedule-create-500-cron.json",
                json(500, h -> h.post(s, "{\"name\":\"c\",\"cron_expression\":\"@daily\"}")));
        m.put("schedule-create-500-timezone.json", json(500,
                h -> h.post(s, "{\"name\":\"t\",\"cron_expression\":\"0 0 2 * * *\",\"timezone\":\"Europe/Londn\"}")));
        m.put("schedule-create-500-duplicate.json",
                json(500, h -> h.post(s, "{\"name\":\"" + h.get(s).json().get("schedules").get(0).get("name").asString()
                        + "\",\"cron_expression\":\"0 0 2 * * *\"}")));
        m.put("schedule-update.json",
                json(200, h -> h.send("PUT", s + "/" + newSchedule(h), "{\"description\":\"changed\"}")));
        m.put("schedule-update-500-no-fields.json", json(500, h -> h.send("PUT", s + "/" + newSchedule(h), "{}")));
        m.put("schedule-update-500-not-found.json",
                json(500, h -> h.send("PUT", s + "/" + unknown, "{\"name\":\"x\"}")));
        m.put("schedule-delete.json", json(200, h -> h.delete(s + "/" + newSchedule(h))));
        m.put("schedule-delete-404.json", json(404, h -> h.delete(s + "/" + unknown)));
        m.put("schedule-delete-409.json", json(409, h -> {
            String id = newSchedule(h);
            h.post("/api/v1/machine-groups",
                    "{\"name\":\"Replicated " + names.incrementAndGet() + "\",\"schedule_id\":\"" + id + "\"}");
            return h.delete(s + "/" + id);
        }));
        m.put("schedule-enable.json",
                json(200, h -> h.post(s + "/" + h.post(s, schedule(false)).json().get("id").asString() + "/enable",
                        "{\"enabled\":false}")));
        m.put("schedule-enable-400.json", json(400, h -> h.post(s + "/" + newSchedule(h) + "/enable", "")));
        m.put("schedule-trigger.json", json(200, h -> {
            triggered.set(newSchedule(h));
            return h.post(s + "/" + triggered.get() + "/trigger", "{\"reason\":\"console test\"}");
        }));
        m.put("schedule-trigger-400-disabled.json", json(400, h -> {
            String id = newSchedule(h);
            h.post(s + "/" + id + "/enable", "{\"enabled\":false}");
            return h.post(s + "/" + id + "/trigger", "{}");
        }));
        m.put("schedule-trigger-404.json", json(404, h -> h.post(s + "/" + unknown + "/trigger", "{}")));
        m.put("schedule-executions.json", json(200, h -> h.get(s + "/" + triggered.get() + "/executions")));
        m.put("schedule-executions-empty.json", json(200, h -> h.get(s + "/" + newSchedule(h) + "/executions")));
    }

    private static String schedule(boolean described) {
        return "{\"name\":\"Schedule " + names.incrementAndGet() + "\","
                + (described ? "\"description\":\"Weekly on Sunday at 03:30\"," : "")
                + "\"cron_expression\":\"0 30 3 * * 0\",\"enabled\":false}";
    }

    private static String newSchedule(SimHttp h) {
        return h.post("/api/v1/schedules", schedule(true)).json().get("id").asString();
    }
}
