package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a real hub fixture is added to src/test/resources/hub but no test uses it. */
class FixtureCoverageTest {

    private static final Path FIXTURES = Path.of("src/test/resources/hub");
    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void every_fixture_is_referenced_by_a_test() throws IOException {
        List<String> fixtures;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            fixtures = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        String testSources = testSources();

        assertThat(fixtures).isNotEmpty();
        assertThat(fixtures).allSatisfy(name ->
                assertThat(testSources).as("a test referencing %s", name).contains("\"" + name + "\""));
    }

    private static String testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
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
