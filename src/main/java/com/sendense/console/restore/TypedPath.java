package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path as people type or paste it, turned into the hub paths it may mean, most likely first (issue 13). The hub
 * only knows {@code /partition-1/Shares/Finance}; people write {@code /Shares/Finance}, {@code Shares\Finance} or
 * {@code D:\Shares\Finance}. {@code ..} is resolved here, never sent: the hub does not check it under a partition
 * (contract §5.4), so a path that climbs above the mount's root is refused.
 */
public final class TypedPath {

    /** Far beyond Windows' 260 and Linux's 4096-byte limits for a path that exists. */
    static final int MAX_LENGTH = 4096;
    private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):(/.*)?", Pattern.DOTALL);
    private static final Pattern HUB_PARTITION = Pattern.compile("(?i)partition-(\\d+)");
    private static final Pattern DISPLAY_PARTITION = Pattern.compile("Partition (\\d+)(?: - .*)? \\([^()]*\\)");

    private TypedPath() {}

    /**
     * @param partitions the mount's root listing
     * @param current the open folder, which relative paths start from before the open partition's root
     * @throws TypedPathException if the text cannot be a path inside this mount
     */
    public static List<HubPath> candidates(String typed, List<FileEntry> partitions, HubPath current) {
        if (typed.length() > MAX_LENGTH) {
            throw new TypedPathException(Text.of("browser.path.tooLong", MAX_LENGTH));
        }
        if (typed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new TypedPathException(Text.of("browser.path.control"));
        }
        String text = unquote(typed.strip()).replace('\\', '/');
        Set<HubPath> found = new LinkedHashSet<>();
        for (String form : forms(text)) {
            found.addAll(candidatesOf(form, partitions, current));
        }
        return List.copyOf(found);
    }

    /** As typed, and in NFC: a macOS clipboard writes {@code ü} as {@code u} + combining diaeresis. */
    private static List<String> forms(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.equals(text) ? List.of(text) : List.of(text, nfc);
    }

    private static List<HubPath> candidatesOf(String text, List<FileEntry> partitions, HubPath current) {
        Optional<String> openPartition = current.segments().stream().findFirst();
        List<String> segments = split(text);
        if (segments.isEmpty() && !text.startsWith("/")) {
            return List.of(current);
        }
        Matcher drive = DRIVE.matcher(text);
        if (drive.matches()) {
            String partition = driveLetterPartition(Character.toUpperCase(drive.group(1).charAt(0)), partitions,
                    openPartition);
            return List.of(under(List.of(partition), drive.group(2) == null ? "" : drive.group(2), 1));
        }
        List<Supplier<HubPath>> readings = new ArrayList<>();
        Optional<String> named = segments.isEmpty()
                ? Optional.empty()
                : partitionNamed(segments.getFirst(), partitions);
        named.ifPresent(
                p -> readings.add(() -> under(List.of(p), String.join("/", segments.subList(1, segments.size())), 0)));
        if (!text.startsWith("/") && !current.isRoot()) {
            readings.add(() -> under(current.segments(), text, 1));
        }
        if (openPartition.isPresent()) {
            readings.add(() -> under(List.of(openPartition.get()), text, 1));
        } else if (named.isEmpty()) {
            partitions.forEach(p -> readings.add(() -> under(p.path().segments(), text, 1)));
        }
        return readable(readings);
    }

    /** Each reading that stays inside the mount; when none does, why the first did not. */
    private static List<HubPath> readable(List<Supplier<HubPath>> readings) {
        List<HubPath> found = new ArrayList<>();
        TypedPathException first = null;
        for (Supplier<HubPath> reading : readings) {
            try {
                found.add(reading.get());
            } catch (TypedPathException e) {
                first = first == null ? e : first;
            }
        }
        if (found.isEmpty() && first != null) {
            throw first;
        }
        return found;
    }

    /** {@code partition-2} as the hub writes it, or the partition's display name as the hub lists it. */
    private static Optional<String> partitionNamed(String segment, List<FileEntry> partitions) {
        Matcher hub = HUB_PARTITION.matcher(segment);
        Matcher display = DISPLAY_PARTITION.matcher(segment);
        String wanted = hub.matches()
                ? "partition-" + hub.group(1)
                : display.matches() ? "partition-" + display.group(1) : null;
        return partitions.stream()
                .map(p -> p.path().name())
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /**
     * The hub does not know drive letters: a partition's label may name one ({@code Data (D:)}); otherwise the
     * letter can be told only when one partition of the disk can have a letter at all.
     */
    private static String driveLetterPartition(char letter, List<FileEntry> partitions, Optional<String> open) {
        List<FileEntry> labelled = partitions.stream()
                .filter(p -> PartitionLabels.driveLetter(p.name()).isPresent())
                .toList();
        Optional<FileEntry> byLabel = labelled.stream()
                .filter(p -> PartitionLabels.driveLetter(p.name()).get() == letter)
                .findFirst();
        if (byLabel.isPresent()) {
            return byLabel.get().path().name();
        }
        List<FileEntry> lettered = partitions.stream()
                .filter(p -> PartitionLabels.mayHaveDriveLetter(p.name()))
                .toList();
        if (labelled.isEmpty() && lettered.size() == 1) {
            return lettered.getFirst().path().name();
        }
        throw new TypedPathException(
                Text.of("browser.path.driveUnknown", letter + ":", open.map(p -> "/" + p).orElse("/partition-1")));
    }

    /**
     * Resolves {@code .}, {@code ..} and doubled or trailing slashes from {@code base}, never above its first
     * {@code floor} segments: the mount's root for the hub's form, the partition's root (a drive's {@code D:\\})
     * for the others.
     */
    private static HubPath under(List<String> base, String relative, int floor) {
        List<String> at = new ArrayList<>(base);
        for (String segment : split(relative)) {
            if (segment.equals("..")) {
                if (at.size() <= floor) {
                    throw new TypedPathException(Text.of("browser.path.aboveRoot"));
                }
                at.removeLast();
            } else if (!segment.equals(".")) {
                at.add(segment);
            }
        }
        return HubPath.of("/" + String.join("/", at));
    }

    private static List<String> split(String text) {
        List<String> segments = new ArrayList<>();
        for (String segment : text.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** Explorer's "Copy as path" puts the path in double quotes. */
    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).strip()
                : text;
    }
}
