package com.sendense.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sendense.reliability.BadInput;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The HTTP side: what is open, what needs sign-in, and form sign-in against the database. */
@SpringBootTest
@ActiveProfiles("test")
class SecurityConfigTest {

    private static final String ADMIN_PASSWORD = "test-admin-password"; // application-test.properties
    static final String SCRAPER = "test-scraper"; // application-test.properties
    static final String SCRAPER_PASSWORD = "test-scraper-password";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void set_up() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.sql("UPDATE users SET enabled = TRUE, last_login_at = NULL WHERE username = 'admin'").update();
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void health_is_open_for_probes() throws Exception {
        // Open means no sign-in redirect; 503 is a DOWN health report (e.g. no hub in tests), still answered.
        mvc.perform(get("/actuator/health"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 503));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void prometheus_asks_an_anonymous_scraper_for_basic_credentials() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=\"Sendense Console metrics\"")));
    }

    @Test
    void the_configured_scraper_reads_prometheus_without_a_session() throws Exception {
        MvcResult scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(scrape.getRequest().getSession(false)).isNull();
    }

    @Test
    @BadInput("forged request across roles")
    void a_wrong_scraper_password_is_refused() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, "guessed-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @BadInput("forged request across roles")
    void console_accounts_are_no_scraper_credentials_and_scraper_credentials_open_nothing_else() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void other_actuator_endpoints_need_a_signed_in_administrator() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "OPERATOR")
    void other_actuator_endpoints_are_forbidden_for_non_administrators() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void administrators_reach_the_other_actuator_endpoints() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isOk());
    }

    @Test
    void views_redirect_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signing_in_with_the_right_password_works_and_records_the_last_login() throws Exception {
        mvc.perform(formLogin("/login").user("Admin").password(ADMIN_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("admin").withRoles("ADMIN"))
                .andExpect(status().is3xxRedirection());

        OffsetDateTime lastLogin = jdbc.sql("SELECT last_login_at FROM users WHERE username = 'admin'")
                .query(OffsetDateTime.class)
                .single();
        assertThat(lastLogin).isNotNull();
    }

    @Test
    void a_wrong_password_goes_back_to_the_sign_in_page_with_an_error() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_disabled_user_cannot_sign_in_even_with_the_right_password() throws Exception {
        jdbc.sql("UPDATE users SET enabled = FALSE WHERE username = 'admin'").update();

        mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @com.sendense.reliability.BadInput("brute force")
    void after_five_wrong_passwords_even_the_right_one_is_refused_and_the_page_says_when_to_try_again()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("admin").password("guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        var result = mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?locked=");
        long until = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/login?locked=".length()));
        assertThat(java.time.Instant.ofEpochSecond(until)).isAfter(java.time.Instant.now().plusSeconds(14 * 60));
        assertThat(jdbc.sql("SELECT last_login_at FROM users WHERE username = 'admin'")
                .query(OffsetDateTime.class)
                .optional()).isEmpty();
    }

    @Test
    void a_session_whose_account_changed_elsewhere_ends_at_its_next_request() throws Exception {
        var signIn = mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated())
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) signIn.getRequest().getSession(false);
        // As another console instance would after resetting the password: only the stamp changes.
        jdbc.sql("UPDATE users SET security_version = security_version + 1 WHERE username = 'admin'").update();

        // (The first request of this session reads the stamp; later ones may use it for AccountStamps.CACHE.)
        mvc.perform(get("/actuator/metrics").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }
}
