package com.sendense.reliability;

import com.sendense.reliability.ReliabilityCase.Result;
import com.sendense.reliability.ReliabilityCase.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every test tagged {@link HubFault} or {@link BadInput} and, when the test plan ends,
 * writes this JVM's part file under {@code target/reliability/} and renders
 * {@code target/reliability.md} from all parts (Surefire and Failsafe run in separate JVMs, so
 * each adds its part). A later run of the same case replaces the earlier result. With
 * {@code -Dreliability.publish=true} the page is also written to {@code docs/reliability.md}.
 *
 * <p>Registered through {@code META-INF/services}, so every JUnit Platform launch of the test
 * classpath (Maven, the IDE) feeds it. It never fails a build: a report that cannot be written is
 * a warning on stderr.
 */
public final class ReliabilityListener implements TestExecutionListener {

    private final Path baseDir;
    private final Clock clock;
    private final List<ReliabilityCase> cases = new ArrayList<>();

    public ReliabilityListener() {
        this(Path.of(System.getProperty("basedir", ".")), Clock.systemUTC());
    }

    ReliabilityListener(Path baseDir, Clock clock) {
        this.baseDir = baseDir;
        this.clock = clock;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, Result.SKIPPED);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        record(test, switch (result.getStatus()) {
            case SUCCESSFUL -> Result.PASSED;
            case ABORTED -> Result.SKIPPED;
            case FAILED -> Result.FAILED;
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<ReliabilityCase> recorded;
        synchronized (cases) {
            if (cases.isEmpty()) {
                return;
            }
            recorded = List.copyOf(cases);
        }
        try {
            Instant now = clock.instant();
            Path parts = baseDir.resolve("target/reliability");
            Files.createDirectories(parts);
            writePart(parts.resolve("part-%d-%d.tsv".formatted(now.toEpochMilli(), ProcessHandle.current().pid())),
                    recorded);
            String page = ReliabilityReport.render(readParts(parts), now);
            Files.writeString(baseDir.resolve("target/reliability.md"), page, StandardCharsets.UTF_8);
            if (Boolean.getBoolean("reliability.publish")) {
                Files.writeString(baseDir.resolve("docs/reliability.md"), page, StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("reliability report not written: " + e);
        }
    }

    private void record(TestIdentifier test, Result result) {
        if (!test.isTest() || !(test.getSource().orElse(null) instanceof MethodSource source)) {
            return;
        }
        tag(source).ifPresent(tag -> {
            synchronized (cases) {
                cases.add(new ReliabilityCase(tag.suite(), tag.kind(), source.getClassName(), name(test, source),
                        test.getUniqueIdObject().toString(), result));
            }
        });
    }

    private static String name(TestIdentifier test, MethodSource source) {
        String display = test.getDisplayName();
        // A parameterized invocation is named "[3] ..." only: prefix the method so the case can be found.
        return display.startsWith("[") ? source.getMethodName() + " " + display : display;
    }

    record Tag(Suite suite, String kind) {}

    static Optional<Tag> tag(MethodSource source) {
        Method method;
        Class<?> type;
        try {
            type = source.getJavaClass();
            method = source.getJavaMethod();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Tag onMethod = tagOf(method);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Tag onClass = tagOf(c);
            if (onClass != null) {
                return Optional.of(onClass);
            }
        }
        return Optional.empty();
    }

    private static @Nullable Tag tagOf(AnnotatedElement element) {
        HubFault fault = element.getAnnotation(HubFault.class);
        if (fault != null) {
            return new Tag(Suite.HUB_FAULT, fault.value());
        }
        BadInput bad = element.getAnnotation(BadInput.class);
        return bad == null ? null : new Tag(Suite.BAD_INPUT, bad.value());
    }

    static void writePart(Path file, List<ReliabilityCase> cases) throws IOException {
        Files.write(file, cases.stream().map(ReliabilityCase::toLine).toList(), StandardCharsets.UTF_8);
    }

    /** All parts, oldest first, so that a case run again keeps its latest result. */
    static Collection<ReliabilityCase> readParts(Path dir) throws IOException {
        Map<String, ReliabilityCase> byId = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tsv"))
                    .sorted((a, b) -> Long.compare(stamp(a), stamp(b)))
                    .toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ReliabilityCase c = ReliabilityCase.fromLine(line);
                    byId.put(c.uniqueId(), c);
                }
            }
        }
        return byId.values();
    }

    private static long stamp(Path part) {
        String[] name = part.getFileName().toString().split("-");
        try {
            return Long.parseLong(name[1]);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
