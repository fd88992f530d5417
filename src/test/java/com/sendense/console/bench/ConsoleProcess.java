package com.sendense.console.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar started as an operator starts it ({@code java -jar}, configured by the environment), so that
 * what a benchmark measures is the console's own process: its heap after a full GC (jcmd), its CPU time
 * (/proc), its log. The benchmark's clients, simulator and JUnit stay in the test JVM.
 */
final class ConsoleProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^,]*,\\s*committed \\d+K, used (\\d+)K");

    private final Process process;
    private final int port;
    private final Path log;

    private ConsoleProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar and waits (up to 6 minutes: at a load average of 25 on two cores a start took 3 minutes) until
     * {@code /login} answers 200.
     */
    static ConsoleProcess start(Path jar, List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: bench/capacity.sh builds it (-Pproduction package)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        ConsoleProcess console = new ConsoleProcess(builder.start(), port, log);
        console.awaitLogin(Duration.ofMinutes(6));
        return console;
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    long pid() {
        return process.pid();
    }

    private void awaitLogin(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the console exited during start-up; see " + log);
                }
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(baseUrl().resolve("/login")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new IllegalStateException("the console did not answer /login within " + timeout + "; see " + log);
    }

    /** Used heap in bytes right after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    long usedHeapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Writes {@code jcmd GC.class_histogram} (the classes that hold the heap) to {@code file}. */
    void classHistogram(Path file) throws IOException, InterruptedException {
        Files.writeString(file, jcmd("GC.class_histogram"));
    }

    /** User plus system CPU time of the console's process, from /proc/pid/stat (clock ticks of 10 ms). */
    long cpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    /** Log lines at ERROR level, and stack traces' first lines. */
    List<String> errorLines() throws IOException {
        return logLines().stream()
                .filter(line -> line.contains(" ERROR ") || line.startsWith("Exception") || line.contains("Caused by"))
                .toList();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGKILL: the instance dies without shutting down (a crash, a host that loses power). */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as a service manager stops it; SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
