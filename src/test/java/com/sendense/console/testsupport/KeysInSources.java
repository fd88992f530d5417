package com.sendense.console.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The complete bundle keys written as string literals in a package's sources ({@code "restore.mounts.title"}). */
public final class KeysInSources {

    private KeysInSources() {}

    /** Literals that end in a dot are prefixes of keys built at run time; those are checked where they are built. */
    public static Set<String> in(String packageDirectory, String bundle) throws IOException {
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(bundle) + "\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/sendense/console", packageDirectory))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
