package com.sendense.hubsim.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouterTest {

    private static final RouteHandler OK = r -> new Reply.Empty(200);

    private final Router router = new Router().open("GET", "/api/v1/backups/stats", OK)
            .open("GET", "/api/v1/backups/{vm_name}/chain", OK)
            .open("GET", "/api/v1/backups/{backup_id}", OK)
            .open("DELETE", "/api/v1/backups/{backup_id}", OK);

    @Test
    void first_registered_route_wins_and_captures_variables() {
        assertThat(router.resolve("GET", "/api/v1/backups/stats"))
                .isInstanceOfSatisfying(Router.Resolution.Matched.class, m -> assertThat(m.vars()).isEmpty());
        assertThat(router.resolve("GET", "/api/v1/backups/chain")).isInstanceOfSatisfying(
                Router.Resolution.Matched.class, m -> assertThat(m.vars()).containsEntry("backup_id", "chain"));
        assertThat(router.resolve("DELETE", "/api/v1/backups/stats")).isInstanceOfSatisfying(
                Router.Resolution.Matched.class, m -> assertThat(m.vars()).containsEntry("backup_id", "stats"));
    }

    @Test
    void known_path_with_other_method_is_405_and_unknown_path_is_404() {
        assertThat(router.resolve("HEAD", "/api/v1/backups/x")).isInstanceOf(Router.Resolution.MethodNotAllowed.class);
        assertThat(router.resolve("POST", "/api/v1/backups/stats"))
                .isInstanceOf(Router.Resolution.MethodNotAllowed.class);
        assertThat(router.resolve("GET", "/api/v1/backups/")).isInstanceOf(Router.Resolution.NotFound.class);
        assertThat(router.resolve("GET", "/api/v1/backups/a/b/c")).isInstanceOf(Router.Resolution.NotFound.class);
    }

    @Test
    void clean_path_follows_mux() {
        assertThat(Router.cleanPath("/api/v1//backups")).isEqualTo("/api/v1/backups");
        assertThat(Router.cleanPath("/api/v1/x/../backups/")).isEqualTo("/api/v1/backups/");
        assertThat(Router.cleanPath("/health")).isEqualTo("/health");
        assertThat(Router.cleanPath("")).isEqualTo("/");
    }
}
