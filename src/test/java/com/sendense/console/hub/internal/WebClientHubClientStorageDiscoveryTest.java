package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sendense.console.hub.AddVmsResult;
import com.sendense.console.hub.DiscoveredVm;
import com.sendense.console.hub.Discovery;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.NewRepository;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryTestResult;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageRefresh;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.hub.VmwareCredentialDraft;
import com.sendense.reliability.HubFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Repository management, discovery and vCenter credentials (contract P6, P7) on the real fixtures. */
class WebClientHubClientStorageDiscoveryTest extends HubClientTestSupport {

    static final String REPOS = "/api/v1/repositories";
    static final String CREDENTIALS = "/api/v1/vmware-credentials";
    static final RepositorySpec.Cifs SMB = new RepositorySpec.Cifs("fileserver.example.local", "backups",
            "/mnt/smb-backups", "backupsvc", "example-password", "EXAMPLE", "vers=3.0");

    @Test
    void a_local_repository_is_created_enabled_with_its_storage() {
        serve(post(REPOS), 201, "protection/repository-create-local.json");

        Repository repo = client().createRepository(new NewRepository("Secondary Local Repository",
                new RepositorySpec.Local("/backup/secondary"), false, 0));

        assertThat(repo.id()).isEqualTo("repo-local-1760085300");
        assertThat(repo.storageInfo()).get().extracting(s -> s.totalBytes()).isEqualTo(1099511627776L);
        assertThat(repo.createdAt()).isEqualTo(Instant.parse("2025-10-10T08:35:00Z")); // the false Z
        hub.verify(postRequestedFor(urlEqualTo(REPOS)).withRequestBody(equalToJson("""
                {"name":"Secondary Local Repository","type":"local","enabled":true,
                 "config":{"path":"/backup/secondary","auto_mount":false,"mount_options":""},
                 "is_immutable":false,"min_retention_days":0}""")));
    }

    @Test
    void an_nfs_repository_without_a_mount_yet_has_no_storage() {
        serve(post(REPOS), 201, "protection/repository-create-nfs.json");

        Repository repo = client().createRepository(new NewRepository("NAS Archive",
                new RepositorySpec.Nfs("10.0.100.60", "/exports/archive", "/mnt/nfs-archive", "4.1", ""), false, 0));

        assertThat(repo.type()).isEqualTo(RepositoryType.NFS);
        assertThat(repo.storageInfo()).isEmpty();
        hub.verify(postRequestedFor(urlEqualTo(REPOS)).withRequestBody(equalToJson(
                """
                        {"type":"nfs","config":{"server":"10.0.100.60","export_path":"/exports/archive","mount_point":"/mnt/nfs-archive",
                         "nfs_version":"4.1","mount_options":""}}""",
                true, true)));
    }

    @Test
    void a_cifs_password_goes_to_the_hub_but_never_comes_back_into_the_record() {
        serve(post(REPOS), 201, "protection/repository-create-cifs.json");

        Repository repo = client().createRepository(new NewRepository("SMB Share", SMB, false, 0));

        assertThat(repo.config()).containsEntry("share_name", "backups")
                .doesNotContainKeys("password_secret", "password");
        assertThat(repo.toString()).doesNotContain("example-password");
        assertThat(SMB.toString()).doesNotContain("example-password");
        hub.verify(postRequestedFor(urlEqualTo(REPOS)).withRequestBody(equalToJson("""
                {"config":{"password_secret":"example-password","username":"backupsvc","domain":"EXAMPLE"}}""", true,
                true)));
    }

    static Stream<Arguments> createErrors() {
        return Stream.of(Arguments.of("protection/repository-create-400-json.json", 400, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-400-name.json", 400, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-400-type.json", 400, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-400-unsupported.txt", 400, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-400-config.txt", 400, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-500-validate.json", 500, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-500-not-writable.json", 500, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-500-mount-point.json", 500, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/repository-create-500-duplicate.json", 500, HubErrorCode.DUPLICATE_NAME));
    }

    @ParameterizedTest
    @HubFault("error shape: repository create")
    @MethodSource("createErrors")
    void create_errors_in_both_shapes_are_classified(String fixture, int status, HubErrorCode code) {
        serve(post(REPOS), status, fixture);

        HubException e = catchThrowableOfType(HubException.class, () -> client()
                .createRepository(new NewRepository("x", new RepositorySpec.Local("/mnt/readonly"), false, 0)));

        assertThat(e.code()).isEqualTo(code);
        assertThat(e).isInstanceOfAny(HubRejectedException.class, HubConflictException.class);
        assertThat(e.hubMessage()).get().asString().isNotBlank();
    }

    @Test
    void a_test_that_failed_is_a_200_with_its_reason() {
        serve(post(REPOS + "/test"), 200, "protection/repository-test-failed.json");

        RepositoryTestResult result = client().testRepository(new RepositorySpec.Local("/mnt/readonly"));

        assertThat(result.success()).isFalse();
        assertThat(result.errorDetails()).startsWith("path is not writable");
    }

    @Test
    void a_passed_test_and_a_refused_one() {
        serve(post(REPOS + "/test"), 200, "protection/repository-test-ok.json");
        assertThat(client().testRepository(SMB).success()).isTrue();
        hub.verify(postRequestedFor(urlEqualTo(REPOS + "/test")).withRequestBody(
                equalToJson("{\"type\":\"cifs\",\"config\":{\"share_name\":\"backups\"}}", true, true)));

        serve(post(REPOS + "/test"), 400, "protection/repository-test-400.txt");
        assertThat(catchThrowableOfType(HubRejectedException.class, () -> client().testRepository(SMB)).code())
                .isEqualTo(HubErrorCode.INVALID_REQUEST);
    }

    @Test
    @HubFault("error shape: repository delete")
    void delete_and_the_hubs_reasons_for_refusing_it() {
        serve(delete(REPOS + "/repo-nfs-1760085412"), 200, "protection/repository-delete.json");
        serve(delete(REPOS + "/repo-local-1759780081"), 500, "protection/repository-delete-500-has-backups.json");
        serve(delete(REPOS + "/repo-nfs-1759866001"), 500, "protection/repository-delete-500-in-use.json");
        serve(delete(REPOS + "/repo-local-1760000000"), 500, "protection/repository-delete-500-not-found.json");

        client().deleteRepository("repo-nfs-1760085412");

        assertThat(catchThrowableOfType(HubConflictException.class,
                () -> client().deleteRepository("repo-local-1759780081")).code())
                .isEqualTo(HubErrorCode.REPOSITORY_HAS_BACKUPS);
        assertThat(
                catchThrowableOfType(HubConflictException.class, () -> client().deleteRepository("repo-nfs-1759866001"))
                        .code())
                .isEqualTo(HubErrorCode.REPOSITORY_IN_USE);
        assertThat(catchThrowableOfType(HubNotFoundException.class,
                () -> client().deleteRepository("repo-local-1760000000")).code())
                .isEqualTo(HubErrorCode.REPOSITORY_NOT_FOUND);
    }

    @Test
    void refresh_reports_refreshed_and_failed() {
        serve(post(REPOS + "/refresh-storage"), 200, "protection/repositories-refresh-storage.json");

        assertThat(client().refreshRepositoryStorage())
                .isEqualTo(new StorageRefresh(1, 1, "Storage information refreshed for 1 repositories"));
    }

    @Test
    void discovery_lists_new_and_existing_vms_without_creating_contexts() {
        serve(post("/api/v1/discovery/discover-vms"), 200, "protection/discover-vms.json");

        Discovery discovery = client().discoverVms(35, "");

        assertThat(discovery.vms()).extracting(DiscoveredVm::name)
                .containsExactly("pgtest1", "web-server-01", "fileserver-02");
        assertThat(discovery.newVms()).singleElement().satisfies(vm -> {
            assertThat(vm.name()).isEqualTo("fileserver-02");
            assertThat(vm.powerState()).isEqualTo(PowerState.ON);
            assertThat(vm.capacityBytes()).isEqualTo(536870912000L);
            assertThat(vm.contextId()).isNull();
        });
        assertThat(discovery.vms().get(0).diskCount()).isEqualTo(2);
        assertThat(discovery.partial()).isFalse();
        assertThat(discovery.took()).isEqualTo(Duration.ofNanos(8734120567L));
        hub.verify(postRequestedFor(urlEqualTo("/api/v1/discovery/discover-vms"))
                .withRequestBody(equalToJson("{\"credential_id\":35,\"filter\":\"\",\"create_context\":false}")));
    }

    @Test
    @HubFault("error shape: discovery")
    void discovery_failures_say_whose_fault() {
        serve(post("/api/v1/discovery/discover-vms"), 400, "protection/discover-vms-400.json");
        assertThat(catchThrowableOfType(HubRejectedException.class, () -> client().discoverVms(35, "")).code())
                .isEqualTo(HubErrorCode.INVALID_REQUEST);

        serve(post("/api/v1/discovery/discover-vms"), 500, "protection/discover-vms-500.json");
        assertThat(catchThrowableOfType(HubServerException.class, () -> client().discoverVms(35, "")).code())
                .isEqualTo(HubErrorCode.SNA_FAILURE);
    }

    @Test
    void add_vms_reports_the_names_the_hub_left_out_of_its_answer() {
        serve(post("/api/v1/discovery/add-vms"), 200, "protection/add-vms.json");

        AddVmsResult result = client().addVms(35, List.of("fileserver-02", "pgtest1"));

        assertThat(result.added()).isEqualTo(Map.of("fileserver-02", "ctx-fileserver-02-20251010-102512"));
        assertThat(result.failed()).isEmpty();
        assertThat(result.notReported()).containsExactly("pgtest1");
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/discovery/add-vms")).withRequestBody(equalToJson("""
                {"credential_id":35,"vm_names":["fileserver-02","pgtest1"],"added_by":"sendense-console"}""")));
        hub.verify(0, postRequestedFor(urlEqualTo("/api/v1/discovery/bulk-add")));
    }

    @Test
    @HubFault("dropped connection on add-vms")
    void an_add_vms_whose_answer_is_lost_is_outcome_unknown_and_sent_once() {
        hub.stubFor(post("/api/v1/discovery/add-vms")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE)));

        com.sendense.console.hub.HubUnavailableException e = catchThrowableOfType(
                com.sendense.console.hub.HubUnavailableException.class,
                () -> client().addVms(35, List.of("fileserver-02")));

        assertThat(e.outcomeUnknown()).isTrue();
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/discovery/add-vms")));
        assertThat(backoffs).isEmpty();
    }

    @Test
    void credentials_are_listed_without_any_password() {
        serve(get(CREDENTIALS), 200, "protection/vmware-credentials.json");

        assertThat(client().vmwareCredentials()).containsExactly(
                new VmwareCredential(35, "vcenter-prod", "vcenter.example.local", "backup-svc@vsphere.local",
                        "DatabanxDC", true, true, Instant.parse("2025-10-10T09:20:04Z"), 12));
    }

    @Test
    void one_credential_calls_its_name_name() {
        hub.stubFor(get(CREDENTIALS + "/35").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        "{\"datacenter\":\"DatabanxDC\",\"id\":35,\"is_active\":true,\"is_default\":true,\"name\":\"vcenter-prod\","
                                + "\"username\":\"backup-svc@vsphere.local\",\"vcenter_host\":\"vcenter.example.local\"}\n")));

        VmwareCredential credential = client().vmwareCredential(35);

        assertThat(credential.name()).isEqualTo("vcenter-prod");
        assertThat(credential.isDefault()).isTrue();
    }

    @Test
    void a_new_credential_is_sent_whole_and_answered_200_without_its_password() {
        hub.stubFor(post(CREDENTIALS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        "{\"credential\":{\"id\":36,\"credential_name\":\"vcenter-lab\",\"vcenter_host\":\"lab.example.local\","
                                + "\"username\":\"svc\",\"datacenter\":\"Lab\",\"is_active\":true,\"is_default\":false},"
                                + "\"message\":\"VMware credentials created successfully\",\"status\":\"success\"}\n")));

        VmwareCredential created = client().createVmwareCredential(
                new VmwareCredentialDraft("vcenter-lab", "lab.example.local", "svc", "s3cret", "Lab", false, false));

        assertThat(created.id()).isEqualTo(36);
        assertThat(created.toString()).doesNotContain("s3cret");
        hub.verify(1, postRequestedFor(urlEqualTo(CREDENTIALS)).withRequestBody(equalToJson(
                """
                        {"credential_name":"vcenter-lab","vcenter_host":"lab.example.local","username":"svc","password":"s3cret",
                         "datacenter":"Lab","is_active":false,"is_default":false}""")));
    }

    @Test
    void an_update_sends_the_whole_credential_and_an_empty_password_to_keep_the_stored_one() {
        hub.stubFor(put(CREDENTIALS + "/35").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"VMware credentials updated successfully\",\"status\":\"success\"}\n")));
        VmwareCredential stored = new VmwareCredential(35, "vcenter-prod", "vcenter.example.local",
                "backup-svc@vsphere.local", "DatabanxDC", true, true, null, 12);
        VmwareCredentialDraft draft = VmwareCredentialDraft.of(stored);

        client().updateVmwareCredential(35, new VmwareCredentialDraft(draft.name(), draft.vcenterHost(),
                draft.username(), null, "NewDC", draft.active(), draft.isDefault()));

        hub.verify(putRequestedFor(urlEqualTo(CREDENTIALS + "/35")).withRequestBody(equalToJson(
                """
                        {"credential_name":"vcenter-prod","vcenter_host":"vcenter.example.local","username":"backup-svc@vsphere.local",
                         "password":"","datacenter":"NewDC","is_active":true,"is_default":true}""")));
    }

    @Test
    @HubFault("error shape: plain-text credential errors")
    void an_unknown_credential_is_a_plain_text_500() {
        hub.stubFor(delete(CREDENTIALS + "/99").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody("Failed to delete credentials\n")));

        HubServerException e = catchThrowableOfType(HubServerException.class,
                () -> client().deleteVmwareCredential(99));

        assertThat(e.hubMessage()).contains("Failed to delete credentials");
    }
}
