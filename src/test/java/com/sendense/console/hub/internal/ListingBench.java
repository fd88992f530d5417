package com.sendense.console.hub.internal;

import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.MountId;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's side of a 100,000-entry listing without a browser (bench/folder.sh runs it after FolderBench): the
 * former decoding (Jackson data binding into wire records, then the mapper) against the streaming
 * {@link ListingReader},
 * from the same 22 MB of bytes in memory, and the heap each result keeps. Not a test: the class name keeps it out of
 * the normal test runs.
 */
class ListingBench {

    static final int ENTRIES = 100_000;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final MountId MOUNT = new MountId("bench");

    @Test
    void decoding_a_100000_entry_listing_before_and_after() throws Exception {
        byte[] json = listing();
        HubTime time = new HubTime(ZoneId.of("Europe/Berlin"));
        JsonMapper mapper = JsonMapper.builder().build();
        RestoreMapper restoreMapper = new RestoreMapper(time);
        ListingReader reader = new ListingReader(time);
        Supplier<FileListing> before = () -> restoreMapper.listing(MOUNT,
                mapper.readValue(json, RestoreJson.FileList.class));
        Supplier<FileListing> after = () -> reader.read(MOUNT, new ByteArrayInputStream(json));
        if (!before.get().equals(after.get())) {
            throw new IllegalStateException("the two decodings differ");
        }
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            best[0] = Math.min(best[0], timed(before));
            best[1] = Math.min(best[1], timed(after));
        }
        long heapBefore = retained(before);
        long heapAfter = retained(after);
        String table = String.join("\n",
                "| decoding a 100,000-entry listing (" + mb(json.length) + " MB of JSON) " + "| best of " + ROUNDS
                        + " (s) | heap kept by the listing after GC (MiB) |",
                "|---|---:|---:|", "| before: data binding into wire records, then the mapper | " + secs(best[0])
                        + " | " + mib(heapBefore) + " |",
                "| after: streaming ListingReader | " + secs(best[1]) + " | " + mib(heapAfter) + " |");
        System.out.println("\n" + table + "\n");
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("listing-decoding.md"), table + "\n");
    }

    /** Like the simulator's {@code Shares/Scans/2025}: scans with NTFS timestamps of 100 ns precision. */
    static byte[] listing() {
        StringBuilder json = new StringBuilder(
                "{\"mount_id\":\"bench\",\"path\":\"/partition-1/Shares/Scans/2025\"," + "\"files\":[");
        for (int i = 1; i <= ENTRIES; i++) {
            json.append(i == 1 ? "" : ",")
                    .append(String.format(Locale.ROOT, "{\"name\":\"scan-%06d.pdf\",\"path\":"
                            + "\"/partition-1/Shares/Scans/2025/scan-%06d.pdf\",\"type\":\"file\",\"size\":%d,"
                            + "\"mode\":\"0644\",\"modified_time\":\"2025-%02d-%02dT%02d:%02d:%02d.%07d+01:00\","
                            + "\"is_symlink\":false}", i, i, 180_000 + i * 7L, 1 + i % 12, 1 + i % 28, i % 24, i % 60,
                            (i * 7) % 60, i * 13 % 10_000_000));
        }
        return json.append("],\"total_count\":")
                .append(ENTRIES)
                .append('}')
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static double timed(Supplier<FileListing> decode) {
        long start = System.nanoTime();
        if (decode.get().entries().size() != ENTRIES) {
            throw new IllegalStateException("short listing");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long retained(Supplier<FileListing> decode) {
        long before = heapAfterGc();
        FileListing kept = decode.get();
        long used = heapAfterGc() - before;
        if (kept.entries().size() != ENTRIES) {
            throw new IllegalStateException("short listing");
        }
        return used;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String secs(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static long mib(long bytes) {
        return Math.round(bytes / 1048576.0);
    }
}
