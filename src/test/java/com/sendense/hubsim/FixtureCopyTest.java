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
 * {@link SimulatorContractTest} replays the real hub's fixtures kept in {@code src/test/resources/hub}
 * (and its {@code protection} folder). Where the original captures are at hand, name their folders with
 * {@code -Dhub.fixtures.originals=<dir>} and {@code -Dhub.protection-fixtures.originals=<dir>}: a copy
 * must not have drifted from them. Without them the check is skipped; the build never needs anything
 * outside the repository.
 */
class FixtureCopyTest {

    enum FixtureSet {

        CORE("hub.fixtures.originals", "src/test/resources/hub"), PROTECTION("hub.protection-fixtures.originals",
                "src/test/resources/hub/protection");

        final String property;
        final Path copy;

        FixtureSet(String property, String copy) {
            this.property = property;
            this.copy = Path.of(copy);
        }

        Path originals() {
            return Path.of(System.getProperty(property, ""));
        }
    }

    @ParameterizedTest
    @EnumSource(FixtureSet.class)
    void every_original_fixture_is_in_the_copy_byte_for_byte(FixtureSet set) throws IOException {
        Path originals = assumeOriginals(set);
        for (String name : files(originals, set == FixtureSet.PROTECTION)) {
            Path copy = set.copy.resolve(name);
            assertThat(copy).as("fixture %s copied from %s", name, originals).exists();
            assertThat(Files.mismatch(originals.resolve(name), copy)).as("first differing byte of %s", name)
                    .isEqualTo(-1L);
        }
    }

    @ParameterizedTest
    @EnumSource(FixtureSet.class)
    void the_copy_has_no_fixture_the_originals_lack(FixtureSet set) throws IOException {
        Path originals = assumeOriginals(set);
        assertThat(files(set.copy, set == FixtureSet.PROTECTION))
                .as("files in %s that are not real hub fixtures", set.copy)
                .isSubsetOf(files(originals, set == FixtureSet.PROTECTION));
    }

    private static Path assumeOriginals(FixtureSet set) {
        Path originals = set.originals();
        assumeTrue(!originals.toString().isEmpty() && Files.isDirectory(originals),
                () -> "no original hub fixtures given (-D" + set.property + "=<dir>): the copy in " + set.copy
                        + " is not checked for drift");
        return originals;
    }

    /** Regular files; the protection set's README is part of the capture and is compared too. */
    private static Set<String> files(Path dir, boolean withReadme) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> withReadme || !name.equals("README.md"))
                    .forEach(names::add);
            return names;
        }
    }
}
