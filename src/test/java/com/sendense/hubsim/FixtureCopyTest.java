package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SimulatorContractTest} replays the copies of the real hub's fixtures in
 * {@code src/test/resources/hub} (and its {@code protection} folder); the originals live beside the
 * project in {@code ../shared/hub}. When they are there, a copy must not have drifted from them.
 */
class FixtureCopyTest {

    /** Each captured set and where the project keeps its copy. */
    enum FixtureSet {
        CORE("fixtures", "src/test/resources/hub"),
        PROTECTION("protection-fixtures", "src/test/resources/hub/protection");

        final Path shared;
        final Path copy;

        FixtureSet(String sharedName, String copy) {
            this.shared = Path.of("..", "shared", "hub", sharedName);
            this.copy = Path.of(copy);
        }
    }

    @ParameterizedTest
    @EnumSource(FixtureSet.class)
    void every_shared_fixture_is_in_the_copy_byte_for_byte(FixtureSet set) throws IOException {
        assumeShared(set);
        for (String name : files(set.shared, set == FixtureSet.PROTECTION)) {
            Path copy = set.copy.resolve(name);
            assertThat(copy).as("fixture %s copied from %s", name, set.shared).exists();
            assertThat(Files.mismatch(set.shared.resolve(name), copy)).as("first differing byte of %s", name).isEqualTo(-1L);
        }
    }

    @ParameterizedTest
    @EnumSource(FixtureSet.class)
    void the_copy_has_no_fixture_the_shared_set_lacks(FixtureSet set) throws IOException {
        assumeShared(set);
        assertThat(files(set.copy, true)).as("files in %s that are not real hub fixtures", set.copy)
                .isSubsetOf(files(set.shared, true));
    }

    private static void assumeShared(FixtureSet set) {
        assumeTrue(Files.isDirectory(set.shared), () -> "no shared hub fixtures at " + set.shared.toAbsolutePath().normalize()
                + ": the copy in " + set.copy + " is not checked for drift");
    }

    /** Regular files; the protection set's README is part of the capture and is compared too. */
    private static Set<String> files(Path dir, boolean withReadme) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> withReadme || !name.equals("README.md")).forEach(names::add);
            return names;
        }
    }
}
