package com.sendense.console.restore;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.vaadin.flow.shared.Registration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * {@link FileSearch} without Spring over {@link RestoreFixture}'s fake hub and database. Listings go through
 * {@link #onList}, which a test sets to count, block or fail them.
 */
final class SearchFixture {

    static final MountId MOUNT = new MountId("mnt-search");

    final RestoreFixture restore = new RestoreFixture();
    final AtomicInteger uses = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();
    final List<String> usedBy = new CopyOnWriteArrayList<>();
    volatile String vmName = "web-01";
    volatile BiFunction<HubPath, java.util.function.Supplier<FileListing>, FileListing> onList = (p, real) -> real
            .get();
    final HubClient hub = (HubClient) Proxy.newProxyInstance(HubClient.class.getClassLoader(),
            new Class<?>[]{HubClient.class}, (proxy, method, args) -> {
                try {
                    if (method.getName().equals("files")) {
                        return onList.apply((HubPath) args[1],
                                () -> restore.hub.files((MountId) args[0], (HubPath) args[1]));
                    }
                    return method.invoke(restore.hub, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    final MountAccess access = new MountAccess() {

        @Override
        public Optional<BrowseMount> find(MountId id) {
            return id.equals(MOUNT)
                    ? Optional.of(new BrowseMount(MOUNT, vmName, "backup-1", 0, null))
                    : Optional.empty();
        }

        @Override
        public Registration use(MountId id, String holderId) {
            uses.incrementAndGet();
            usedBy.add(holderId);
            return released::incrementAndGet;
        }
    };
    final LinkGuard links = new LinkGuard(hub);
    final AuditLog audit = new AuditLog(new AuditRepository(restore.jdbc));

    FileSearch search(SearchProperties limits) {
        var browse = new FileBrowseService(hub, links, access, restore.currentUser, restore.properties, restore.clock);
        return new FileSearch(hub, browse, links, access, audit, restore.currentUser, limits, restore.clock);
    }

    FileSearch search() {
        return search(SearchProperties.defaults());
    }

    /** Runs a search to its end. */
    Recorder run(FileSearch search, SearchQuery query) throws Exception {
        var recorder = new Recorder();
        search.start(MOUNT, query, "session/1/search", recorder).end().get(20, TimeUnit.SECONDS);
        return recorder;
    }

    /** A folder with {@code width} subfolders, each holding {@code files} files, {@code depth} levels down. */
    void tree(String path, int width, int depth, int files) {
        var entries = new java.util.ArrayList<FileEntry>();
        for (int i = 0; i < files; i++) {
            entries.add(com.sendense.console.testsupport.FakeHubClient.file(path + "/file-" + i + ".txt", 10));
        }
        if (depth > 0) {
            for (int i = 0; i < width; i++) {
                String sub = path + "/dir-" + i;
                entries.add(com.sendense.console.testsupport.FakeHubClient.dir(sub));
                tree(sub, width, depth - 1, files);
            }
        }
        restore.hub.withFolder(path, entries.toArray(FileEntry[]::new));
    }

    static FileEntry file(String path, long size, Instant modified) {
        HubPath p = HubPath.of(path);
        return new FileEntry(p.name(), p, EntryType.FILE, size, "0644", modified, false, null);
    }

    static FileEntry link(String path, @Nullable String target) {
        HubPath p = HubPath.of(path);
        return new FileEntry(p.name(), p, EntryType.DIRECTORY, 0, "0777", Instant.parse("2025-10-01T10:00:00Z"), true,
                target);
    }

    List<com.sendense.console.restore.DownloadRecord> auditRows() {
        return new AuditRepository(restore.jdbc).find(AuditFilter.ALL, 0, 100);
    }

    static final class Recorder implements SearchListener {

        final List<FileEntry> matches = new CopyOnWriteArrayList<>();
        final List<SkippedFolder> skipped = new CopyOnWriteArrayList<>();
        final List<SearchProgress> progress = new CopyOnWriteArrayList<>();
        final AtomicInteger batches = new AtomicInteger();
        volatile @Nullable SearchEnd end;

        @Override
        public void batch(List<FileEntry> found, List<SkippedFolder> failed, SearchProgress now) {
            batches.incrementAndGet();
            matches.addAll(found);
            skipped.addAll(failed);
            progress.add(now);
        }

        @Override
        public void ended(SearchEnd how) {
            end = how;
        }

        SearchEnd end() {
            return java.util.Objects.requireNonNull(end);
        }

        List<String> paths() {
            return matches.stream().map(e -> e.path().value()).sorted().toList();
        }
    }
}
