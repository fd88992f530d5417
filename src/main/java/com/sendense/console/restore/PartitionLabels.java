package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the hub's virtual partition folder names ({@code Partition 1 - System\x20Reserved (500.0 MB)},
 * contract §5.4) into labels people read: lsblk's {@code \xNN} escapes are decoded as UTF-8 bytes.
 */
public final class PartitionLabels {

    private static final Pattern PARTITION = Pattern.compile("Partition (\\d+)(?: - (.*))? \\(([^()]*)\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\x([0-9a-fA-F]{2})");
    /** A volume label that names its drive, as people label data disks: {@code D}, {@code D:}, {@code Data (D:)}. */
    private static final Pattern DRIVE_LABEL = Pattern.compile("(?i)(?:([a-z]):?|.*\\(([a-z]):\\))");
    /** Windows gives these no drive letter. */
    private static final Pattern NO_LETTER = Pattern.compile("(?i).*(system reserved|recovery|efi|\\besp\\b|msr).*");

    private PartitionLabels() {}

    /** {@code System Reserved (partition 1, 500.0 MB)}, or {@code Partition 2 (101.4 GB)} without a label. */
    public static String label(String hubName) {
        return label(hubName, Languages.DEFAULT);
    }

    public static String label(String hubName, Locale locale) {
        Matcher m = PARTITION.matcher(hubName);
        if (!m.matches()) {
            return unescape(hubName);
        }
        String label = m.group(2);
        if (label == null || label.isBlank()) {
            return Messages.get(locale, "restore.partition.unlabelled", m.group(1), m.group(3));
        }
        return Messages.get(locale, "restore.partition.labelled", unescape(label), m.group(1), m.group(3));
    }

    /** The drive letter the partition's label names, upper case; empty when the label names none. */
    public static Optional<Character> driveLetter(String hubName) {
        Matcher m = PARTITION.matcher(hubName);
        if (!m.matches() || m.group(2) == null) {
            return Optional.empty();
        }
        Matcher drive = DRIVE_LABEL.matcher(unescape(m.group(2)).strip());
        if (!drive.matches()) {
            return Optional.empty();
        }
        String letter = drive.group(1) != null ? drive.group(1) : drive.group(2);
        return Optional.of(Character.toUpperCase(letter.charAt(0)));
    }

    /**
     * Whether Windows would give the partition a drive letter: not a boot, recovery or EFI partition, and not one
     * under 1 GB (Windows' own are 100–900 MB).
     */
    public static boolean mayHaveDriveLetter(String hubName) {
        Matcher m = PARTITION.matcher(hubName);
        if (!m.matches()) {
            return false;
        }
        boolean small = !(m.group(3).endsWith("GB") || m.group(3).endsWith("TB") || m.group(3).endsWith("PB"));
        return !small && (m.group(2) == null || !NO_LETTER.matcher(unescape(m.group(2))).matches());
    }

    public static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Matcher m = ESCAPE.matcher(raw);
        int last = 0;
        while (m.find()) {
            bytes.writeBytes(raw.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            bytes.write(Integer.parseInt(m.group(1), 16));
            last = m.end();
        }
        bytes.writeBytes(raw.substring(last).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
