package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.reliability.BadInput;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile paths and names at the client, the last step before the hub. The hub resolves paths
 * with {@code filepath.Join} after decoding the query once, so the only way out of a mount is a
 * {@code ..} segment in the decoded path: every encoding of one is either refused by
 * {@link HubPath} or arrives as a literal name. Long, unicode and control-character names arrive
 * byte for byte.
 */
class HubClientBadInputTest extends HubClientTestSupport {

    private static final MountId MOUNT = new MountId(HubEndpoints.MOUNT);

    static Stream<String> dotDots() {
        return Stream.of("/partition-1/../../etc/shadow", "..", "/partition-1/..", "partition-1/./../../..",
                "/partition-1/%2e%2e/%2e%2e/etc", "/partition-1/%2E%2E%2F%2E%2E%2Fetc",
                "/partition-1/%252e%252e/%252e%252e/etc", "/partition-1/..%2f..%2fetc", "/partition-1/..\\..\\etc",
                "/partition-1/%c0%ae%c0%ae/%c0%ae%c0%ae/etc", "/partition-1/\u2025/\u2025/etc",
                "/partition-1/\uFF0E\uFF0E/\uFF0E\uFF0E/etc", "/partition-1/..\u0000/etc", "/partition-1/\u0000../etc",
                "/partition-1/.. /etc", "//partition-1//..//..//etc");
    }

    @BadInput("path traversal")
    @ParameterizedTest(name = "{0}")
    @MethodSource("dotDots")
    void every_encoding_of_dot_dot_is_refused_or_reaches_the_hub_as_a_literal_name_inside_the_mount(String raw) {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT.value() + "/files")), 200, "files-empty-dir.json");

        Throwable refused = catchThrowable(() -> client().files(MOUNT, HubPath.of(raw)));

        if (refused != null) {
            assertThat(refused).isInstanceOf(IllegalArgumentException.class);
            assertThat(hub.getAllServeEvents()).isEmpty();
            return;
        }
        String asGoSeesIt = sentPath();
        assertThat(asGoSeesIt).startsWith("/");
        assertThat(Arrays.asList(asGoSeesIt.split("/"))).as("segments of %s", asGoSeesIt).doesNotContain("..");
    }

    static Stream<String> names() {
        return Stream.of("a".repeat(255), "ü".repeat(255), "日本語のファイル名".repeat(28), "web \"quoted\" 01 – Zürich <test>",
                "emoji 🗄️ backup 😀.txt", "a+b&c=d?e#f%g;h", "name with trailing space ",
                "-leading-dash and 'quotes'");
    }

    @BadInput("unicode and long names")
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void long_and_unicode_names_reach_the_hub_byte_for_byte(String name) {
        assertArrivesExactly(name);
    }

    static Stream<String> controlCharacters() {
        return Stream.of("line\nbreak", "tab\there", "carriage\rreturn", "bell\u0007", "escape\u001b[31mred",
                "right-to-left \u202Etxt.exe", "zero\u200Bwidth");
    }

    @BadInput("control characters")
    @ParameterizedTest(name = "{0}")
    @MethodSource("controlCharacters")
    void names_with_control_characters_reach_the_hub_byte_for_byte_and_change_nothing_else(String name) {
        assertArrivesExactly(name);
    }

    private void assertArrivesExactly(String name) {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT.value() + "/files")), 200, "files-empty-dir.json");
        serve(get(urlPathEqualTo("/api/v1/backups/stats")), 200, "backup-stats-none.json");
        String path = "/partition-2/" + name;

        client().files(MOUNT, HubPath.of(path));
        client().backupStats(name, "repo-1");

        assertThat(sentPath()).isEqualTo(path);
        String stats = hub.getAllServeEvents()
                .stream()
                .map(e -> e.getRequest().getUrl())
                .filter(u -> u.startsWith("/api/v1/backups/stats"))
                .findFirst()
                .orElseThrow();
        String query = stats.substring(stats.indexOf('?') + 1);
        assertThat(query.split("&")).hasSize(2);
        assertThat(URLDecoder.decode(query.split("&")[0].substring("vm_name=".length()), StandardCharsets.UTF_8))
                .isEqualTo(name);
    }

    /** The path query as Go's {@code url.ParseQuery} decodes it: once. */
    private static String sentPath() {
        String url = hub.getAllServeEvents()
                .stream()
                .map(e -> e.getRequest().getUrl())
                .filter(u -> u.contains("/files?"))
                .findFirst()
                .orElseThrow();
        String value = url.substring(url.indexOf("path=") + "path=".length()).split("&")[0];
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
