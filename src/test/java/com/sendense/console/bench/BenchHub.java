package com.sendense.console.bench;

import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.control.LoggedRequest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hub API as the benchmarks use it to set the scene: start a backup, mount a recovery point. */
final class BenchHub {

    private static final Pattern FIELD = Pattern.compile("\"(backup_id|mount_id)\":\"([^\"]+)\"");

    private final HubSimulator sim;

    BenchHub(HubSimulator sim) {
        this.sim = sim;
    }

    /** A full backup of the demo world's protected VM; its SBC reports only on {@code reportBackupTelemetry}. */
    String startBackup() throws Exception {
        return post("/api/v1/backups",
                "{\"vm_name\":\"" + sim.control().world().protectedVm()
                        + "\",\"backup_type\":\"full\",\"repository_id\":\"" + sim.control().world().localRepositoryId()
                        + "\"}");
    }

    /** Mounts disk 0 of the VM's latest completed backup, as another tool would, and returns the mount id. */
    String mountLatestBackup(String vm) throws Exception {
        String list = get("/api/v1/backups?vm_name=" + vm + "&status=completed");
        Matcher ids = FIELD.matcher(list);
        String backup = null;
        while (ids.find()) {
            if (ids.group(1).equals("backup_id")) {
                backup = ids.group(2);
            }
        }
        if (backup == null) {
            throw new IllegalStateException("no completed backup of " + vm + ": " + list);
        }
        return post("/api/v1/restore/mount", "{\"backup_id\":\"" + backup + "\",\"disk_index\":0}");
    }

    /** A VM with a completed backup other than {@code not}. */
    String anotherVm(String not) throws Exception {
        Matcher names = Pattern.compile("\"vm_name\":\"([^\"]+)\"").matcher(get("/api/v1/backups?status=completed"));
        while (names.find()) {
            if (!names.group(1).equals(not)) {
                return names.group(1);
            }
        }
        throw new IllegalStateException("no VM but " + not + " has a completed backup");
    }

    /**
     * A flow that backs up {@code vm} every minute, made through the hub's API as an operator's console
     * would (a six-field schedule, then the flow on the VM's context); returns the flow's id.
     */
    String everyMinuteFlow(String vm) throws Exception {
        signIn();
        Matcher context = Pattern.compile("\"context_id\":\"([^\"]+)\",\"vm_name\":\"" + Pattern.quote(vm) + "\"")
                .matcher(get("/api/v1/vm-contexts", SimulatorConfig.SESSION_TOKEN));
        if (!context.find()) {
            throw new IllegalStateException("no VM context for " + vm);
        }
        String schedule = create("/api/v1/schedules",
                "{\"name\":\"bench every minute\",\"cron_expression\":\"0 * * * * *\","
                        + "\"timezone\":\"Europe/London\",\"enabled\":true,\"created_by\":\"bench\"}");
        return create("/api/v1/protection-flows",
                "{\"name\":\"bench every minute\",\"flow_type\":\"backup\",\"target_type\":\"vm\",\"target_id\":\""
                        + context.group(1) + "\",\"repository_id\":\"" + sim.control().world().localRepositoryId()
                        + "\",\"schedule_id\":\"" + schedule + "\",\"enabled\":true}");
    }

    /**
     * How many backups of {@code vm} the hub lists that started at or after {@code epochSecond} (its backup ids end
     * in the start's epoch second), whoever started them.
     */
    long backupsStartedSince(String vm, long epochSecond) throws Exception {
        Matcher ids = Pattern.compile("\"backup_id\":\"backup-" + Pattern.quote(vm) + "-(\\d+)\"")
                .matcher(get("/api/v1/backups?vm_name=" + vm));
        return ids.results().map(m -> m.group(1)).distinct().filter(t -> Long.parseLong(t) >= epochSecond).count();
    }

    long lastSeq() {
        List<LoggedRequest> all = sim.control().requests();
        return all.isEmpty() ? 0 : all.getLast().seq();
    }

    private String get(String path) throws Exception {
        return get(path, SimulatorConfig.APPLIANCE_TOKEN);
    }

    private String get(String path, String token) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(sim.baseUrl().resolve(path))
                    .header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /** The protection and inventory routes are wrapped: they take the session token a login hands out. */
    private void signIn() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http
                    .send(HttpRequest.newBuilder(sim.baseUrl().resolve("/api/v1/auth/login"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"appliance_id\":\"bench\",\"token\":\""
                                    + SimulatorConfig.APPLIANCE_TOKEN + "\",\"version\":\"bench\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the simulator refused the login: " + response.body());
            }
        }
    }

    /** POSTs a new object to the hub's API (201) and returns its {@code id}. */
    private String create(String path, String json) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(sim.baseUrl().resolve(path))
                    .header("Authorization", "Bearer " + SimulatorConfig.SESSION_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("the simulator refused " + path + ": " + response.body());
            }
            return id.group(1);
        }
    }

    /** POSTs to the hub's API and returns the backup or mount id of the answer. */
    private String post(String path, String json) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(sim.baseUrl().resolve(path))
                    .header("Authorization", "Bearer " + SimulatorConfig.APPLIANCE_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = FIELD.matcher(response.body());
            if (response.statusCode() != 200 || !id.find()) {
                throw new IllegalStateException("the simulator refused " + path + ": " + response.body());
            }
            return id.group(2);
        }
    }
}
