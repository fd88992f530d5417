package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The hub checks a path lexically, then opens it following links, so a link in a backed-up VM
 * ({@code /srv/x -> /}) would read the hub host's own files (issue 11). Each component is looked up with
 * file-info (an {@code lstat} under a known link-free parent); a link inside its partition is replaced by its
 * target, any other refused. A mount never changes, so plain folders are remembered and cost no more hub calls.
 */
@Component
class LinkGuard {

    /** Linux gives up after 40 links; a loop of links must end somewhere. */
    static final int MAX_LINKS = 40;
    private static final Pattern PARTITION = Pattern.compile("partition-(\\d+)");
    private static final Pattern DISPLAY_NAME = Pattern.compile("Partition (\\d+)[^/]*");
    private static final Pattern WINDOWS_PATH = Pattern.compile("^([A-Za-z]:[\\\\/]|\\\\).*");

    private final HubClient hub;
    private final Map<String, FileEntry> plainFolders = lru(20_000);
    private final Map<String, LinkScan> scans = lru(200);
    private final Map<String, Text> described = lru(5_000);

    LinkGuard(HubClient hub) {
        this.hub = hub;
    }

    /** @throws LinkRefusedException if a link leaves its partition or its target cannot be read */
    ResolvedPath resolve(MountId id, HubPath path) {
        List<String> segments = path.segments();
        if (segments.isEmpty()) {
            return new ResolvedPath(path, folder(path), null);
        }
        String partition = partitionFolder(segments.getFirst());
        Deque<String> todo = new ArrayDeque<>(segments.subList(1, segments.size()));
        List<String> names = new ArrayList<>();
        FileEntry current = folder(HubPath.of("/" + partition));
        FileEntry via = null;
        FileEntry following = null;
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    throw refused(following, "leavesPartition", label(partition));
                }
                names.removeLast();
                current = names.isEmpty() ? folder(HubPath.of("/" + partition)) : lookup(id, join(partition, names));
                continue;
            }
            FileEntry entry = lookup(id, join(partition, names).resolve(name));
            if (!entry.symlink()) {
                names.add(name);
                current = entry;
                continue;
            }
            if (++links > MAX_LINKS) {
                throw refused(entry, "tooManyLinks", MAX_LINKS);
            }
            via = via == null ? entry : via;
            following = entry;
            List<String> target = hop(id, partition, entry);
            if (isAbsolute(entry)) {
                names.clear();
            }
            for (int i = target.size() - 1; i >= 0; i--) {
                todo.push(target.get(i));
            }
        }
        return new ResolvedPath(join(partition, names), current, via);
    }

    /** Refuses even a harmless link, since the hub would follow it; the message names the target to use instead. */
    ResolvedPath requireLinkFree(MountId id, HubPath path) {
        ResolvedPath resolved = resolve(id, path);
        FileEntry via = resolved.via();
        if (via != null) {
            throw new LinkRefusedException(
                    Text.of("restore.link.throughLink", via.path().value(), resolved.path().value()));
        }
        return resolved;
    }

    /** Where a link leads for display: its target inside the partition, or its raw target and why it is refused. */
    Text describe(MountId id, FileEntry link) {
        String key = key(id, link.path());
        Text known = described.get(key);
        if (known != null) {
            return known;
        }
        Text text;
        try {
            text = Text.of("restore.link.target", resolve(id, link.path()).path().value());
        } catch (LinkRefusedException e) {
            text = rawTarget(id, link).map(raw -> Text.of("restore.link.targetOutside", raw))
                    .orElse(Text.of("restore.link.targetUnreadable"));
        } catch (HubException e) {
            text = Text.of("restore.link.targetUnreadable");
        }
        described.put(key, text);
        return text;
    }

    private Optional<String> rawTarget(MountId id, FileEntry link) {
        try {
            return Optional.ofNullable(hub.fileInfo(id, link.path()).symlinkTarget()).filter(t -> !t.isBlank());
        } catch (HubException e) {
            return Optional.empty();
        }
    }

    /** The links below a folder, found by listing every folder under it (at most {@code maxListings}). */
    LinkScan scan(MountId id, HubPath folder, int maxListings) {
        String key = key(id, folder);
        LinkScan known = scans.get(key);
        if (known != null) {
            return known;
        }
        List<FileEntry> links = new ArrayList<>();
        Deque<HubPath> todo = new ArrayDeque<>(List.of(folder));
        int listings = 0;
        while (!todo.isEmpty()) {
            if (listings++ >= maxListings) {
                return new LinkScan(links, false);
            }
            for (FileEntry e : hub.files(id, todo.poll()).entries()) {
                if (e.symlink()) {
                    links.add(e);
                } else if (e.isDirectory()) {
                    remember(id, e);
                    todo.add(e.path());
                }
            }
        }
        LinkScan scan = new LinkScan(List.copyOf(links), true);
        scans.put(key, scan);
        return scan;
    }

    /** Notes a folder from the listing of a link-free folder as link-free too. */
    void remember(MountId id, FileEntry entry) {
        if (entry.isDirectory() && !entry.symlink()) {
            plainFolders.put(key(id, entry.path()), entry);
        }
    }

    /** The path segments a link leads to, relative to its folder or (absolute, inside the mount) to its partition. */
    private List<String> hop(MountId id, String partition, FileEntry link) {
        String raw = link.symlinkTarget();
        if (raw == null || raw.isBlank()) {
            throw unreadable(link);
        }
        if (WINDOWS_PATH.matcher(raw).matches()) {
            throw refused(link, "windowsPath");
        }
        if (!raw.startsWith("/")) {
            return List.of(raw.split("/", -1));
        }
        // ntfs-3g shows a junction as an absolute link into the partition's mount point, <base>/<mount
        // id>/partition-<k>
        Matcher m = Pattern.compile("^(?:/[^/]+)*/" + Pattern.quote(id.value()) + "/(partition-\\d+)(/.*)?$")
                .matcher(raw);
        if (!m.matches()) {
            throw refused(link, "absolutePath");
        }
        if (!m.group(1).equals(partition)) {
            throw refused(link, "otherPartition", label(m.group(1)), label(partition));
        }
        return m.group(2) == null ? List.of() : List.of(m.group(2).substring(1).split("/", -1));
    }

    private static boolean isAbsolute(FileEntry link) {
        String raw = link.symlinkTarget();
        return raw != null && raw.startsWith("/");
    }

    private FileEntry lookup(MountId id, HubPath path) {
        FileEntry known = plainFolders.get(key(id, path));
        if (known != null) {
            return known;
        }
        FileEntry entry;
        try {
            entry = hub.fileInfo(id, path);
        } catch (HubException e) {
            // The hub's file-info follows a link to check that it exists, so a dangling link looks
            // missing: its folder's listing tells the two apart.
            if (e.code() == HubErrorCode.PATH_NOT_FOUND && path.parent().isPresent()) {
                danglingLink(id, path).ifPresent(link -> {
                    throw unreadable(link);
                });
            }
            throw e;
        }
        remember(id, entry);
        return entry;
    }

    private Optional<FileEntry> danglingLink(MountId id, HubPath path) {
        try {
            return hub.files(id, path.parent().orElseThrow())
                    .entries()
                    .stream()
                    .filter(f -> f.symlink() && f.name().equals(path.name()))
                    .findFirst();
        } catch (HubException e) {
            return Optional.empty();
        }
    }

    private static LinkRefusedException unreadable(FileEntry link) {
        return new LinkRefusedException(Text.of("restore.link.unreadable", link.path().value()));
    }

    /** The sentence {@code restore.link.refused.<reason>}: the link, its target, then {@code args}. */
    private static LinkRefusedException refused(@Nullable FileEntry link, String reason, Object... args) {
        if (link == null) {
            return new LinkRefusedException(Text.of("restore.link.leavesPartition"));
        }
        List<Object> all = new ArrayList<>(List.of(link.path().value(), String.valueOf(link.symlinkTarget())));
        all.addAll(Arrays.asList(args));
        return new LinkRefusedException(new Text("restore.link.refused." + reason, all));
    }

    private static String partitionFolder(String first) {
        Matcher display = DISPLAY_NAME.matcher(first);
        return display.matches() ? "partition-" + display.group(1) : first;
    }

    private static String label(String partitionFolder) {
        Matcher m = PARTITION.matcher(partitionFolder);
        return m.matches() ? m.group(1) : quote(partitionFolder);

    }

    private static FileEntry folder(HubPath path) {
        return new FileEntry(path.isRoot() ? "/" : path.name(), path, EntryType.DIRECTORY, 0, "0755", null, false,
                null);
    }

    private static HubPath join(String partition, List<String> names) {
        return HubPath.of("/" + partition + (names.isEmpty() ? "" : "/" + String.join("/", names)));
    }

    private static String key(MountId id, HubPath path) {
        return id.value() + "\n" + path.value();
    }

    private static String quote(String s) {
        return "\u201c" + s + "\u201d";
    }

    private static <V> Map<String, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        });
    }
}
