package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sendense.reliability.BadInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /spool/{id}} through the whole application (security filters, Vaadin's servlet, method security) with a
 * session signed in through the login form, as the browser fetches it: the owner gets the file and its ranges, a
 * stranger and an anonymous request never do.
 */
@SpringBootTest(properties = "console.restore.spool.directory=target/spool-http-test")
@ActiveProfiles("test")
class SpoolHttpTest {

    static final Path DIRECTORY = Path.of("target/spool-http-test");
    static final byte[] CONTENT = "spooled bytes of the hub's file".getBytes(java.nio.charset.StandardCharsets.UTF_8);

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

    private String spooled(String owner) throws Exception {
        String id = UUID.randomUUID().toString();
        Files.createDirectories(DIRECTORY);
        Files.write(DIRECTORY.resolve(id), CONTENT);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO download_spool (id, username, file_name, content_type, size_bytes, state, created_at, "
                + "expires_at) VALUES (:id, :user, 'Report.docx', 'application/octet-stream', :size, 'READY', "
                + ":created, :expires)")
                .param("id", id)
                .param("user", owner)
                .param("size", CONTENT.length)
                .param("created", now)
                .param("expires", now.plusHours(1))
                .update();
        return id;
    }

    private MockHttpSession signedIn() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("test-admin-password"))
                .andReturn()
                .getRequest()
                .getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    @Test
    void the_owner_signed_in_through_the_form_gets_the_file() throws Exception {
        String id = spooled("admin");
        MockHttpSession session = signedIn();

        MockHttpServletResponse response = mvc.perform(get("/spool/" + id).session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(CONTENT);
        assertThat(response.getHeader("Content-Disposition")).contains("Report.docx");
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
    }

    @Test
    void the_owner_resumes_with_a_range() throws Exception {
        String id = spooled("admin");
        MockHttpSession session = signedIn();

        MockHttpServletResponse response = mvc.perform(get("/spool/" + id).session(session).header("Range", "bytes=8-"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentAsByteArray())
                .isEqualTo(java.util.Arrays.copyOfRange(CONTENT, 8, CONTENT.length));
    }

    @Test
    @BadInput("forged request across users")
    void someone_elses_file_is_not_found() throws Exception {
        String id = spooled("operator");
        MockHttpSession session = signedIn();

        MockHttpServletResponse response = mvc.perform(get("/spool/" + id).session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isNotEqualTo(CONTENT);
    }

    @Test
    @BadInput("forged request across users")
    void an_anonymous_request_gets_the_sign_in_and_never_the_file() throws Exception {
        String id = spooled("admin");

        MockHttpServletResponse response = mvc.perform(get("/spool/" + id)).andReturn().getResponse();

        assertThat(response.getStatus()).isIn(302, 401);
        assertThat(response.getContentAsByteArray()).isNotEqualTo(CONTENT);
    }
}
