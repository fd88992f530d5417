package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Images;
import com.sendense.hubsim.files.gen.Ooxml;
import com.sendense.hubsim.files.gen.Pdf;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Content;
import com.sendense.hubsim.files.model.RegularFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * User documents whose content matches their name: a {@code .docx} is a Word document about
 * its title, a {@code .jpg} a photo, and so on.
 */
final class Docs {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec"};

    private Docs() {}

    /** A document called {@code name} in {@code scope}, written by {@code author}. */
    static RegularFile of(Scope scope, String name, Age age, String author) {
        Instant time = scope.time(name, age);
        long seed = scope.seed(name);
        return new RegularFile(name, time, scope.context().fs().fileMode(), content(name, author, time, seed));
    }

    /** A document whose time (and so content) stays the same from one recovery point to the next until it changes. */
    static RegularFile steady(Scope scope, String name, Age age, String author) {
        Instant time = scope.steadyTime(name, age);
        return new RegularFile(name, time, scope.context().fs().fileMode(),
                content(name, author, time, scope.seed(name)));
    }

    /** The content for a file called {@code name}. */
    static Content content(String name, String author, Instant time, long seed) {
        String title = title(name);
        return switch (extension(name)) {
            case "docx" -> Contents.bytes(() -> Ooxml.docx(title, author, time, Prose.paragraphs(new Prng(seed), 6)));
            case "xlsx" -> Contents.bytes(() -> Ooxml.xlsx(title, author, time, sheet(new Prng(seed))));
            case "pdf" -> Contents.bytes(() -> Pdf.text(title, author, time, Prose.lines(new Prng(seed), 8, 90)));
            case "txt", "md", "log" ->
                Contents.text(() -> title + "\r\n\r\n" + String.join("\r\n", Prose.lines(new Prng(seed), 3, 80)));
            case "csv" -> Contents.text(() -> csv(new Prng(seed)));
            case "jpg", "jpeg" -> Contents.bytes(() -> Images.photo(seed, 960, 720));
            case "png" -> Contents.bytes(() -> Images.screenshot(seed, 1280, 720));
            case "zip" -> Contents.bytes(() -> {
                Map<String, String> entries = new LinkedHashMap<>();
                entries.put("README.txt", title + "\r\n\r\n" + Prose.paragraph(new Prng(seed)));
                entries.put("notes/summary.txt", Prose.paragraph(new Prng(seed + 1)));
                return Ooxml.zip(entries);
            });
            case "mp4" -> Contents.random(20_000_000 + Long.remainderUnsigned(seed, 30_000_000), seed,
                    Contents.magic("\0\0\0\u0018ftypmp42\0\0\0\0mp42isom"));
            case "exe", "msi", "dll" -> Contents.random(400_000 + Long.remainderUnsigned(seed, 4_000_000), seed,
                    Contents.magic("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00ff\u00ff"));
            default -> Contents.random(20_000 + Long.remainderUnsigned(seed, 200_000), seed, new byte[0]);
        };
    }

    private static List<List<Object>> sheet(Prng prng) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Month", "Category", "Budget", "Actual", "Variance"));
        String[] categories = {"Salaries", "Travel", "Software", "Hardware", "Training", "Facilities"};
        for (String month : MONTHS) {
            for (String category : categories) {
                int budget = prng.between(20, 400) * 100;
                int actual = budget + prng.between(-30, 30) * 50;
                rows.add(List.of(month, category, budget, actual, actual - budget));
            }
        }
        return rows;
    }

    private static String csv(Prng prng) {
        StringBuilder s = new StringBuilder("order_id,customer,amount,currency,status\r\n");
        for (int i = 0; i < 200; i++) {
            s.append(100_000 + i * 7 + prng.nextInt(7))
                    .append(",C")
                    .append(prng.between(1000, 9999))
                    .append(',')
                    .append(prng.between(5, 5000))
                    .append('.')
                    .append(two(prng.nextInt(100)))
                    .append(",GBP,")
                    .append(prng.pick("paid", "open", "refunded", "paid", "paid"))
                    .append("\r\n");
        }
        return s.toString();
    }

    /** Two digits, zero-padded (String.format is too slow for files with 100,000 lines). */
    static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String title(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
