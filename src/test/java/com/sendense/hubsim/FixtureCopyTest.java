package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SimulatorContractTest} replays the real hub's fixtures kept in {@code src/test/resources/hub}.
 * Where the original captures are at hand, name their folder with
 * {@code -Dhub.fixtures.originals=<dir>}: the copy must not have drifted from them. Without it the
 * check is skipped; the build never needs anything outside the repository.
 */
class FixtureCopyTest {

    private static final Path COPY = Path.of("src/test/resources/hub");
    private static final Path SHARED = Path.of(System.getProperty("hub.fixtures.originals", ""));

    @BeforeEach
    void shared_fixtures_exist() {
        assumeTrue(!SHARED.toString().isEmpty() && Files.isDirectory(SHARED),
                () -> "no original hub fixtures given (-Dhub.fixtures.originals=<dir>): the copy in " + COPY
                        + " is not checked for drift");
    }

    @Test
    void every_shared_fixture_is_in_the_copy_byte_for_byte() throws IOException {
        for (String name : fixtures(SHARED)) {
            Path copy = COPY.resolve(name);
            assertThat(copy).as("fixture %s copied from %s", name, SHARED).exists();
            assertThat(Files.mismatch(SHARED.resolve(name), copy)).as("first differing byte of %s", name).isEqualTo(-1L);
        }
    }

    @Test
    void the_copy_has_no_fixture_the_shared_set_lacks() throws IOException {
        assertThat(fixtures(COPY)).as("fixtures in %s that are not real hub fixtures", COPY)
                .isSubsetOf(fixtures(SHARED));
    }

    private static Set<String> fixtures(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md")).forEach(names::add);
            return names;
        }
    }
}
