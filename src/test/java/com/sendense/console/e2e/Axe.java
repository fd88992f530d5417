package com.sendense.console.e2e;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * axe-core, the accessibility engine, fetched once from the npm registry ({@code npm pack}, pinned
 * version) into {@code target/axe} and injected into a page to check it against WCAG 2.1 A and AA.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    private static final Path DIR = Path.of("target", "axe");
    private static final Path SCRIPT = DIR.resolve("axe-" + VERSION + ".min.js");

    /** One rule broken on a page: which rule, how bad, on how many elements, and the first element's selector. */
    record Violation(String rule, String impact, String help, int nodes, String example) {

        boolean seriousOrWorse() {
            return impact.equals("serious") || impact.equals("critical");
        }
    }

    private Axe() {}

    /** Runs axe on the page as it is now (shadow roots included) and returns what it found. */
    static List<Violation> check(Page page) {
        // A dialog fading in has text at part opacity, which axe would report as poor contrast: let finite
        // animations (not a busy indicator's endless one) finish first.
        page.waitForFunction("""
                () => document.getAnimations().filter(a => a.playState === 'running'
                    && a.effect && a.effect.getComputedTiming().iterations !== Infinity).length === 0""");
        // Once per loaded page: a view opened inside the application keeps it.
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        }
        String json = (String) page.evaluate("""
                async () => JSON.stringify((await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations']
                })).violations)""");
        List<Violation> found = new ArrayList<>();
        for (JsonElement e : new Gson().fromJson(json, JsonArray.class)) {
            JsonObject v = e.getAsJsonObject();
            JsonArray nodes = v.getAsJsonArray("nodes");
            String example = nodes.isEmpty() ? "" : nodes.get(0).getAsJsonObject().get("target").toString();
            found.add(new Violation(v.get("id").getAsString(),
                    v.get("impact").isJsonNull() ? "minor" : v.get("impact").getAsString(), v.get("help").getAsString(),
                    nodes.size(), example));
        }
        return found;
    }

    private static synchronized Path script() {
        if (Files.isRegularFile(SCRIPT)) {
            return SCRIPT;
        }
        try {
            Files.createDirectories(DIR);
            Process npm = new ProcessBuilder("npm", "pack", "axe-core@" + VERSION, "--pack-destination", DIR.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(120, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm pack axe-core@" + VERSION + " failed: " + output);
            }
            Path tarball = DIR.resolve("axe-core-" + VERSION + ".tgz");
            try (InputStream in = Files.newInputStream(tarball);
                    TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    if (entry.getName().equals("package/axe.min.js")) {
                        Path partial = DIR.resolve("axe.min.js.part");
                        Files.copy(tar, partial, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(partial, SCRIPT, StandardCopyOption.ATOMIC_MOVE);
                        return SCRIPT;
                    }
                }
            }
            throw new IllegalStateException("axe.min.js not found in " + tarball);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
