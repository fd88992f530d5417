package com.sendense.console.restore;

import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Large files reach the browser in two stages (decision 021): the console pulls them from the hub at the speed of
 * the hub-to-console link into its spool (stage 1, audited and checked by {@link DownloadService} before the first
 * byte), then serves them to the one user who asked, with ranges, so a broken browser download resumes (stage 2).
 * The hub cuts every response at its write timeout; when it cuts stage 1 the partial file is deleted at once and
 * the ticket says how large a file the hub can deliver at the measured rate.
 */
@Service
public class DownloadSpool {

    private static final Logger log = LoggerFactory.getLogger(DownloadSpool.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DownloadService downloads;
    private final SpoolRows rows;
    private final SpoolProperties properties;
    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy security;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    private final Object reservations = new Object();

    DownloadSpool(DownloadService downloads, SpoolRows rows, SpoolProperties properties, CurrentUser currentUser,
            ObjectProvider<SecurityContextHolderStrategy> security,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.downloads = downloads;
        this.rows = rows;
        this.properties = properties;
        this.currentUser = currentUser;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.executor = executor;
        this.clock = clock;
    }

    /** Whether a file of this size goes through the spool rather than straight to the browser. */
    public boolean spools(long size) {
        return size > properties.threshold().toBytes();
    }

    /**
     * Reserves room and starts stage 1 in the background, as the signed-in user.
     *
     * @throws SpoolRefusedException when the file is over the per-file cap or the spool has no room left
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public SpoolTicket start(DownloadRequest request, String fileName, long size, DownloadProgress progress) {
        SpoolTicket ticket = reserve(request, fileName, size, progress);
        SecurityContext context = security.getContext();
        executor.execute(() -> {
            security.setContext(context);
            try {
                pull(request, ticket);
            } finally {
                security.clearContext();
            }
        });
        return ticket;
    }

    SpoolTicket reserve(DownloadRequest request, String fileName, long size, DownloadProgress progress) {
        String user = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (request.kind() != DownloadKind.FILE) {
            throw new IllegalArgumentException("Only single files go through the spool, not " + request.kind());
        }
        long fileCap = properties.fileCap().toBytes();
        if (size > fileCap) {
            throw new SpoolRefusedException(SpoolRefusedException.Limit.FILE, size, fileCap, fileCap);
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        // Serialises this instance's reservations; two instances may overshoot the cap by one file at most.
        synchronized (reservations) {
            long total = properties.totalCap().toBytes();
            long free = Math.max(0, total - rows.reserved(now));
            if (size > free) {
                throw new SpoolRefusedException(SpoolRefusedException.Limit.TOTAL, size, total, free);
            }
            rows.insert(new SpoolEntry(id, user, fileName, "application/octet-stream", size, SpoolEntry.State.FILLING,
                    now, now.plus(properties.timeToLive())));
        }
        served.put(id, new AtomicLong());
        return new SpoolTicket(id, fileName, size, progress, this, properties);
    }

    /** Stage 1: the hub's file into the spool; whatever does not end complete is deleted at once. */
    void pull(DownloadRequest request, SpoolTicket ticket) {
        Path file = fileOf(ticket.id());
        DownloadProgress progress = ticket.progress();
        String[] type = {"application/octet-stream"};
        boolean complete = false;
        try {
            Files.createDirectories(properties.directory());
            downloads.download(request, progress, meta -> {
                type[0] = meta.contentType();
                return Files.newOutputStream(file);
            });
            rows.ready(ticket.id(), ticket.fileName(), type[0], Files.size(file));
            complete = true;
        } catch (HubTruncatedException e) {
            ticket.cutOff(rate(progress), rate(progress) * Math.max(1, properties.hubWriteTimeout().toSeconds()));
        } catch (IOException e) {
            progress.finish(DownloadProgress.State.FAILED, clock.instant(),
                    "The console could not write its spool: " + e.getMessage());
            log.warn("Spool {} cannot be written: {}", properties.directory(), e.toString());
        } catch (RuntimeException e) {
            if (!progress.isFinished()) {
                progress.finish(DownloadProgress.State.FAILED, clock.instant(), String.valueOf(e.getMessage()));
            }
        } finally {
            if (!complete) {
                discard(ticket.id());
            }
            ticket.settle();
        }
    }

    /** Bytes per second over stage 1 as the console's clock measured it. */
    private static long rate(DownloadProgress progress) {
        Instant start = progress.startedAt();
        Instant end = progress.finishedAt();
        long millis = start == null || end == null ? 0 : Duration.between(start, end).toMillis();
        return millis <= 0 ? progress.bytes() : progress.bytes() * 1000 / millis;
    }

    /**
     * The signed-in user's complete spooled file.
     *
     * @throws SpoolNotFoundException for anything else, someone else's file too: it is not theirs to know of
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.ADMIN})
    public SpooledFile open(String id) {
        String user = currentUser.username().orElseThrow(() -> new SpoolNotFoundException(id));
        SpoolEntry entry = (ID.matcher(id).matches() ? rows.find(id) : java.util.Optional.<SpoolEntry>empty())
                .filter(e -> e.username().equals(user))
                .filter(e -> e.state() == SpoolEntry.State.READY)
                .filter(e -> e.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new SpoolNotFoundException(id));
        Path file = fileOf(id);
        if (!Files.isRegularFile(file)) {
            throw new SpoolNotFoundException(id);
        }
        return new SpooledFile(id, file, entry.size(), entry.fileName(), entry.contentType(), entry.createdAt());
    }

    /** Notes how far the browser has been sent a file, for stage 2's progress. */
    public void served(String id, long upTo) {
        AtomicLong furthest = served.get(id);
        if (furthest != null) {
            furthest.accumulateAndGet(upTo, Math::max);
        }
    }

    long served(String id) {
        AtomicLong furthest = served.get(id);
        return furthest == null ? 0 : furthest.get();
    }

    /** The user removed the file from the queue: it goes from the spool at once. Someone else's is left alone. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public void delete(String id) {
        String user = currentUser.username().orElse("");
        if (ID.matcher(id).matches() && rows.find(id).filter(e -> e.username().equals(user)).isPresent()) {
            discard(id);
        }
    }

    /**
     * Deletes expired files (also pulls a stopped console left unfinished), files no row knows of, and rows whose
     * file is gone.
     *
     * @return the files and rows removed
     */
    int cleanOnce() {
        int removed = 0;
        for (SpoolEntry expired : rows.expired(clock.instant())) {
            discard(expired.id());
            removed++;
        }
        Set<String> known = Set.copyOf(rows.ids());
        Path dir = properties.directory();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    if (!known.contains(f.getFileName().toString())) {
                        Files.deleteIfExists(f);
                        removed++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String id : known) {
            if (rows.find(id).filter(e -> e.state() == SpoolEntry.State.READY).isPresent()
                    && !Files.exists(fileOf(id))) {
                rows.delete(id);
                removed++;
            }
        }
        return removed;
    }

    private void discard(String id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            log.warn("Spooled file {} could not be deleted; the next cleanup tries again: {}", id, e.toString());
        }
        rows.delete(id);
        served.remove(id);
    }

    private Path fileOf(String id) {
        return properties.directory().resolve(id);
    }
}
