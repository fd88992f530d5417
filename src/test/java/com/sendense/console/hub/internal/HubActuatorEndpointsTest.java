package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.sendense.console.hub.HubClient;
import com.sendense.console.users.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What an orchestrator and a scraper see: a hub outage shows in {@code /actuator/health} but
 * neither in liveness (no restart of a healthy console) nor in readiness (the console still serves
 * users), and every hub call is timed for Prometheus.
 */
@SpringBootTest
@ActiveProfiles("test")
class HubActuatorEndpointsTest {

    static final WireMockServer hub = startHub();

    @Autowired
    WebApplicationContext context;
    @Autowired
    HubClient hubClient;

    MockMvc mvc;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", hub::baseUrl);
    }

    @AfterAll
    static void stopHub() {
        hub.stop();
    }

    @BeforeEach
    void hub_is_down_except_for_the_inventory() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        hub.resetAll();
        hub.stubFor(get("/health").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        hub.stubFor(get("/api/v1/vm-contexts").willReturn(HubClientTestSupport.hubResponse(200, "vm-contexts.json")));
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void the_main_health_reports_the_hub_down() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"))
                .andExpect(jsonPath("$.components.hub.status").value("DOWN"))
                .andExpect(jsonPath("$.components.hub.details.code").value("NO_RESPONSE"));
    }

    @Test
    void liveness_and_readiness_stay_up_while_the_hub_is_down() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheus_times_hub_calls_by_operation_and_outcome() throws Exception {
        hubClient.vms();

        String scrape = mvc
                .perform(MockMvcRequestBuilders.get("/actuator/prometheus")
                        .with(httpBasic("test-scraper", "test-scraper-password"))) // application-test.properties
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(scrape.lines().filter(line -> line.startsWith("hub_client_requests_seconds_count{"))).anySatisfy(
                line -> assertThat(line).contains("operation=\"vms\"", "outcome=\"success\"", "status=\"200\""));
    }

    private static WireMockServer startHub() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return server;
    }
}
