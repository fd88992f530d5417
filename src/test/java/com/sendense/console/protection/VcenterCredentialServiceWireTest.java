package com.sendense.console.protection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.hub.VmwareCredentialDraft;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the credential service really sends over HTTP through the production hub client: the hub's {@code PUT}
 * blanks every field it is not sent (contract P7.4), so each write must carry the whole credential.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class VcenterCredentialServiceWireTest {

    static final String CREDENTIALS = "/api/v1/vmware-credentials";

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", hub::baseUrl);
    }

    @Autowired
    VcenterCredentialService credentials;

    @BeforeEach
    void hub_with_the_fixtures_credential_and_vms() throws IOException {
        hub.stubFor(get(CREDENTIALS).willReturn(json(fixture("protection/vmware-credentials.json"))));
        hub.stubFor(get("/api/v1/vm-contexts").willReturn(json(fixture("vm-contexts.json"))));
        hub.stubFor(put(CREDENTIALS + "/35").willReturn(
                json("{\"message\":\"VMware credentials updated successfully\",\"status\":\"success\"}\n")));
    }

    @Test
    @HubFault("credential put blanks omitted fields")
    void set_as_default_puts_every_field_and_an_empty_password_the_hub_keeps() {
        VmwareCredential stored = credentials.list().getFirst().credential();
        VmwareCredential notDefault = new VmwareCredential(stored.id(), stored.name(), stored.vcenterHost(),
                stored.username(), stored.datacenter(), stored.active(), false, stored.lastUsed(), stored.usageCount());

        credentials.setDefault(notDefault);

        hub.verify(1, putRequestedFor(urlEqualTo(CREDENTIALS + "/35")).withRequestBody(equalToJson("""
                {"credential_name":"vcenter-prod","vcenter_host":"vcenter.example.local",
                 "username":"backup-svc@vsphere.local","password":"","datacenter":"DatabanxDC",
                 "is_active":true,"is_default":true}""")));
    }

    @Test
    void an_edit_with_a_new_password_sends_it_with_every_other_field() {
        credentials.update(35, new VmwareCredentialDraft("vcenter-prod", "vcenter.example.local",
                "backup-svc@vsphere.local", "n3w-secret", "NewDC", true, false));

        hub.verify(1, putRequestedFor(urlEqualTo(CREDENTIALS + "/35")).withRequestBody(equalToJson("""
                {"credential_name":"vcenter-prod","vcenter_host":"vcenter.example.local",
                 "username":"backup-svc@vsphere.local","password":"n3w-secret","datacenter":"NewDC",
                 "is_active":true,"is_default":false}""")));
    }

    @Test
    void the_vms_using_a_credential_come_from_the_hubs_vm_contexts() {
        CredentialListing listing = credentials.list().getFirst();

        assertThat(listing.vmNames()).containsExactly("pgtest1", "web-server-01");
        assertThat(credentials.vmsUsing(35)).containsExactly("pgtest1", "web-server-01");
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    @BadInput("forged request across roles")
    void only_administrators_may_change_credentials() {
        assertThatThrownBy(() -> credentials.delete(35)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.update(35, new VmwareCredentialDraft("x", "", "", null, "", false, false)))
                .isInstanceOf(AccessDeniedException.class);
        hub.verify(0, putRequestedFor(urlEqualTo(CREDENTIALS + "/35")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = VcenterCredentialServiceWireTest.class.getResourceAsStream("/hub/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
