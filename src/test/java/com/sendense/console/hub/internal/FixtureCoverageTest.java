package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the hub client honest about the real hub fixtures: each one is used by a test of the hub
 * client itself, and, when the original captures are named with {@code -Dhub.fixtures.originals=<dir>},
 * the copy in src/test/resources/hub is that capture, byte for byte.
 */
class FixtureCoverageTest {

    private static final Path FIXTURES = Path.of("src/test/resources/hub");
    /** Only the client's tests count: the simulator's contract tests replay every fixture and would hide gaps. */
    private static final Path CLIENT_TESTS = Path.of("src/test/java/com/sendense/console/hub");
    /** The captured originals, when at hand; a plain checkout has only the copy. */
    private static final Path SHARED_FIXTURES = Path.of(System.getProperty("hub.fixtures.originals", ""));
    private static final Path PROTECTION_FIXTURES = FIXTURES.resolve("protection");
    /**
     * Protection fixtures of endpoints the console's client does not call, each for a reason: a hub
     * schedule's enable, trigger and executions concern the replication the hub's cron starts for
     * groups (contract P3.11), never flows; policies have no effect on backups (P5.1); the
     * enabled-members-with-specs list duplicates the group's VM list. The simulator's contract test
     * replays them all the same.
     */
    private static final List<String> NOT_CALLED_BY_THE_CLIENT = List.of("schedule-enable", "schedule-trigger",
            "schedule-executions", "policy", "policies", "vm-group-members");

    @Test
    void every_fixture_is_used_by_a_hub_client_test() throws IOException {
        List<String> fixtures = fixtureNames(FIXTURES);
        String clientTests = clientTestSources();

        assertThat(fixtures).isNotEmpty();
        assertThat(fixtures).allSatisfy(
                name -> assertThat(clientTests).as("a hub client test using %s", name).contains("\"" + name + "\""));
    }

    @Test
    void every_protection_fixture_of_a_called_endpoint_is_used_by_a_hub_client_test() throws IOException {
        String clientTests = clientTestSources();
        List<String> fixtures = fixtureNames(PROTECTION_FIXTURES).stream()
                .filter(name -> NOT_CALLED_BY_THE_CLIENT.stream()
                        .noneMatch(prefix -> name.startsWith(prefix + "-") || name.startsWith(prefix + ".")))
                .toList();

        assertThat(fixtures).hasSizeGreaterThan(60);
        assertThat(fixtures)
                .allSatisfy(name -> assertThat(clientTests).as("a hub client test using protection/%s", name)
                        .contains("\"protection/" + name + "\""));
    }

    @Test
    void the_fixtures_are_an_exact_copy_of_the_shared_captures() throws IOException {
        assumeTrue(!SHARED_FIXTURES.toString().isEmpty() && Files.isDirectory(SHARED_FIXTURES),
                () -> "no original fixtures given (-Dhub.fixtures.originals=<dir>) to compare with");

        List<String> shared = fixtureNames(SHARED_FIXTURES);

        assertThat(fixtureNames(FIXTURES)).as("fixture files").containsExactlyElementsOf(shared);
        assertThat(shared).allSatisfy(name -> assertThat(FIXTURES.resolve(name)).as("copy of %s", name)
                .hasSameBinaryContentAs(SHARED_FIXTURES.resolve(name)));
    }

    private static List<String> fixtureNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    private static String clientTestSources() throws IOException {
        try (Stream<Path> files = Files.walk(CLIENT_TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("FixtureCoverageTest.java"))
                    .map(FixtureCoverageTest::read)
                    .reduce("", String::concat);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
