package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.users.VmScope;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class FileSearchTest {

    static final Instant OCT_1 = Instant.parse("2025-10-01T00:00:00Z");

    final SearchFixture f = new SearchFixture();

    @BeforeEach
    void disk() {
        f.restore.hub.withFolder("/", dir("/partition-1"), dir("/partition-2"));
        f.restore.hub.withFolder("/partition-1", file("/partition-1/bootmgr", 400_000));
        f.restore.hub.withFolder("/partition-2", dir("/partition-2/Users"), dir("/partition-2/Shares"));
        f.restore.hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"));
        f.restore.hub.withFolder("/partition-2/Users/alice", dir("/partition-2/Users/alice/Documents"));
        f.restore.hub.withFolder("/partition-2/Users/alice/Documents",
                SearchFixture.file("/partition-2/Users/alice/Documents/Q3-Forecast.xlsx", 52_000,
                        OCT_1.plus(Duration.ofDays(20))),
                SearchFixture.file("/partition-2/Users/alice/Documents/Q3 forecast notes.docx", 9_000,
                        OCT_1.minus(Duration.ofDays(60))),
                SearchFixture.file("/partition-2/Users/alice/Documents/Prévision Q3.pptx", 2_000_000,
                        OCT_1.plus(Duration.ofDays(3))),
                SearchFixture.file("/partition-2/Users/alice/Documents/holiday.jpg", 3_000_000, OCT_1),
                SearchFixture.file("/partition-2/Users/alice/Documents/inbox.pst", 900_000_000, OCT_1));
        f.restore.hub.withFolder("/partition-2/Shares", dir("/partition-2/Shares/Forecasts"),
                file("/partition-2/Shares/backup.zip", 5_000));
        f.restore.hub.withFolder("/partition-2/Shares/Forecasts");
    }

    @Test
    void a_substring_finds_files_and_folders_anywhere_on_the_disk_ignoring_case() throws Exception {
        var r = f.run(f.search(), SearchQuery.byName("forecast", HubPath.root()));

        assertThat(r.paths()).containsExactly("/partition-2/Shares/Forecasts",
                "/partition-2/Users/alice/Documents/Q3 forecast notes.docx",
                "/partition-2/Users/alice/Documents/Q3-Forecast.xlsx");
        assertThat(r.end().stop()).isEqualTo(SearchEnd.Stop.FINISHED);
        assertThat(r.end().progress().folders()).isEqualTo(8);
        assertThat(r.end().progress().entries()).isEqualTo(14);
        assertThat(r.end().progress().matches()).isEqualTo(3);
    }

    @Test
    void wildcards_match_the_whole_name_and_accents_are_folded() throws Exception {
        assertThat(f.run(f.search(), SearchQuery.byName("q3*.xlsx", HubPath.root())).paths())
                .containsExactly("/partition-2/Users/alice/Documents/Q3-Forecast.xlsx");
        assertThat(f.run(f.search(), SearchQuery.byName("prevision", HubPath.root())).paths())
                .containsExactly("/partition-2/Users/alice/Documents/Prévision Q3.pptx");
    }

    @Test
    void modified_dates_size_range_and_type_groups_narrow_the_matches_to_files() throws Exception {
        var inOctober = new SearchQuery("q3", HubPath.root(), OCT_1, OCT_1.plus(Duration.ofDays(30)), null, null,
                Set.of());
        assertThat(f.run(f.search(), inOctober).paths()).containsExactly(
                "/partition-2/Users/alice/Documents/Prévision Q3.pptx",
                "/partition-2/Users/alice/Documents/Q3-Forecast.xlsx");

        var big = new SearchQuery("*", HubPath.root(), null, null, 1_000_000L, 5_000_000L, Set.of());
        assertThat(f.run(f.search(), big).paths()).containsExactly(
                "/partition-2/Users/alice/Documents/Prévision Q3.pptx",
                "/partition-2/Users/alice/Documents/holiday.jpg");

        var mailAndArchives = new SearchQuery("*", HubPath.root(), null, null, null, null,
                Set.of(TypeGroup.MAIL, TypeGroup.ARCHIVES));
        assertThat(f.run(f.search(), mailAndArchives).paths()).containsExactly("/partition-2/Shares/backup.zip",
                "/partition-2/Users/alice/Documents/inbox.pst");

        var spreadsheets = new SearchQuery("forecast", HubPath.root(), null, null, null, null,
                Set.of(TypeGroup.SPREADSHEETS));
        assertThat(f.run(f.search(), spreadsheets).paths())
                .containsExactly("/partition-2/Users/alice/Documents/Q3-Forecast.xlsx");
    }

    @Test
    void this_folder_and_below_lists_nothing_outside_it() throws Exception {
        f.restore.hub.listedPaths.clear();

        var r = f.run(f.search(), SearchQuery.byName("forecast", HubPath.of("/partition-2/Users")));

        assertThat(r.paths()).containsExactly("/partition-2/Users/alice/Documents/Q3 forecast notes.docx",
                "/partition-2/Users/alice/Documents/Q3-Forecast.xlsx");
        assertThat(f.restore.hub.listedPaths).containsExactlyInAnyOrder("/partition-2/Users",
                "/partition-2/Users/alice", "/partition-2/Users/alice/Documents");
    }

    @Test
    void links_are_found_by_name_but_never_listed() throws Exception {
        f.restore.hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"),
                SearchFixture.link("/partition-2/Users/All Users", "/ProgramData"),
                SearchFixture.link("/partition-2/Users/loop", ".."));
        f.restore.hub.withFolder("/partition-2/Users/All Users", file("/partition-2/Users/All Users/secret", 1));
        f.restore.hub.listedPaths.clear();

        var r = f.run(f.search(), SearchQuery.byName("*", HubPath.root()));

        assertThat(r.paths()).contains("/partition-2/Users/All Users", "/partition-2/Users/loop")
                .doesNotContain("/partition-2/Users/All Users/secret");
        assertThat(f.restore.hub.listedPaths).doesNotContain("/partition-2/Users/All Users", "/partition-2/Users/loop");
    }

    @Test
    @HubFault("folder listing fails")
    void a_folder_that_fails_is_skipped_with_the_hubs_words_and_the_search_goes_on() throws Exception {
        f.onList = (path, real) -> {
            if (path.value().equals("/partition-2/Users/alice")) {
                throw new HubServerException("files", HubErrorCode.SERVER_ERROR, 500,
                        "Failed to read directory: input/output error", null);
            }
            return real.get();
        };

        var r = f.run(f.search(), SearchQuery.byName("forecast", HubPath.root()));

        assertThat(r.skipped).containsExactly(new SkippedFolder(HubPath.of("/partition-2/Users/alice"),
                "Failed to read directory: input/output error"));
        assertThat(r.paths()).containsExactly("/partition-2/Shares/Forecasts");
        assertThat(r.end().stop()).isEqualTo(SearchEnd.Stop.FINISHED);
        assertThat(r.end().progress().skipped()).isEqualTo(1);
    }

    @Test
    @HubFault("hub down")
    void a_hub_that_fails_every_listing_stops_the_search_and_says_so() throws Exception {
        f.tree("/partition-2/Shares/Forecasts", 30, 1, 0);
        f.onList = (path, real) -> {
            if (path.value().startsWith("/partition-2/Shares/Forecasts/")) {
                throw new HubUnavailableException("files", HubErrorCode.UNREACHABLE, false, "Connection refused", null);
            }
            return real.get();
        };

        var r = f.run(f.search(), SearchQuery.byName("x", HubPath.root()));

        assertThat(r.end().stop()).isEqualTo(SearchEnd.Stop.HUB_FAILING);
        assertThat(r.end().message()).contains("failed 20 listings in a row").contains("Check that the hub");
        assertThat(f.auditRows().getFirst().outcome()).isEqualTo(DownloadOutcome.FAILED);
    }

    @Test
    @HubFault("mount expired")
    void a_mount_that_expires_mid_search_stops_it_with_a_remount_hint() throws Exception {
        f.onList = (path, real) -> {
            if (path.value().startsWith("/partition-2/Users")) {
                throw new HubNotFoundException("files", HubErrorCode.MOUNT_NOT_FOUND, 404, "mount not found", null);
            }
            return real.get();
        };

        var r = f.run(f.search(), SearchQuery.byName("forecast", HubPath.root()));

        assertThat(r.end().stop()).isEqualTo(SearchEnd.Stop.MOUNT_GONE);
        assertThat(r.end().message()).contains("Remount the disk");
    }

    @Test
    void listings_in_flight_never_exceed_the_bound_and_reach_it() throws Exception {
        f.tree("/partition-2/Shares/Forecasts", 4, 2, 2);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Object gate = new Object();
        f.onList = (path, real) -> {
            int in = now.incrementAndGet();
            peak.accumulateAndGet(in, Math::max);
            // Hold each listing until three are in flight (or briefly), so that a bound of 3 is reached.
            synchronized (gate) {
                gate.notifyAll();
                long until = System.nanoTime() + 100_000_000;
                while (now.get() < 3 && System.nanoTime() < until) {
                    try {
                        gate.wait(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            try {
                return real.get();
            } finally {
                now.decrementAndGet();
            }
        };
        var limits = new SearchProperties(3, 50_000, 2_000_000, 10_000, Duration.ofMinutes(5), Duration.ofMillis(250));

        var r = f.run(f.search(limits), SearchQuery.byName("file-1", HubPath.root()));

        assertThat(peak.get()).isEqualTo(3);
        assertThat(r.end().progress().folders()).isEqualTo(8 + 4 + 16);
    }

    @Test
    void the_folder_limit_stops_the_search_and_names_the_setting() throws Exception {
        f.tree("/partition-2/Shares/Forecasts", 10, 2, 1);
        var limits = new SearchProperties(4, 20, 2_000_000, 10_000, Duration.ofMinutes(5), Duration.ofMillis(250));

        var r = f.run(f.search(limits), SearchQuery.byName("file", HubPath.root()));

        assertThat(r.end().stop()).isEqualTo(SearchEnd.Stop.FOLDER_LIMIT);
        assertThat(r.end().progress().folders()).isEqualTo(20);
        assertThat(r.end().message()).contains("20 folders").contains("console.restore.search.max-folders");
        assertThat(f.auditRows().getFirst().detail()).contains("cut: folder limit");
    }

    @Test
    void the_entry_and_match_limits_stop_the_search() throws Exception {
        f.tree("/partition-2/Shares/Forecasts", 10, 2, 5);
        var entries = new SearchProperties(1, 50_000, 30, 10_000, Duration.ofMinutes(5), Duration.ofMillis(250));
        var matches = new SearchProperties(1, 50_000, 2_000_000, 7, Duration.ofMinutes(5), Duration.ofMillis(250));

        var byEntries = f.run(f.search(entries), SearchQuery.byName("file", HubPath.root()));
        var byMatches = f.run(f.search(matches), SearchQuery.byName("file", HubPath.root()));

        assertThat(byEntries.end().stop()).isEqualTo(SearchEnd.Stop.ENTRY_LIMIT);
        assertThat(byEntries.end().message()).contains("console.restore.search.max-entries");
        assertThat(byMatches.end().stop()).isEqualTo(SearchEnd.Stop.MATCH_LIMIT);
        assertThat(byMatches.end().progress().matches()).isBetween(7L, 7L + 15);
    }

    @Test
    void the_time_limit_stops_the_search_on_the_consoles_clock() throws Exception {
        f.tree("/partition-2/Shares/Forecasts", 10, 2, 1);
        f.onList = (path, real) -> {
            f.restore.clock.advance(Duration.ofSeconds(20));
            return real.get();
        };
        var limits = new SearchProperties(1, 50_000, 2_000_000, 10_000, Duration.ofMinutes(1), Duration.ofMillis(250));

        var r = f.run(f.search(limits), SearchQuery.byName("file", HubPath.root()));

        assertThat(r.end().stop()).isEqualTo(SearchEnd.Stop.TIME_LIMIT);
        assertThat(r.end().progress().folders()).isEqualTo(3);
        assertThat(r.end().message()).contains("1 min").contains("console.restore.search.max-duration");
    }

    @Test
    void cancel_interrupts_the_listings_in_flight_and_ends_the_search() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        f.onList = (path, real) -> {
            if (path.value().equals("/partition-2/Users")) {
                entered.countDown();
                try {
                    new CountDownLatch(1).await(30, TimeUnit.SECONDS); // a slow hub
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException(e);
                }
            }
            return real.get();
        };
        var recorder = new SearchFixture.Recorder();
        RunningSearch running = f.search()
                .start(SearchFixture.MOUNT, SearchQuery.byName("forecast", HubPath.root()), "s/1/search", recorder);
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        running.cancel();
        SearchEnd end = running.end().get(10, TimeUnit.SECONDS);

        assertThat(end.stop()).isEqualTo(SearchEnd.Stop.CANCELLED);
        assertThat(recorder.end().stop()).isEqualTo(SearchEnd.Stop.CANCELLED);
        assertThat(f.released.get()).isEqualTo(1);
        assertThat(f.auditRows().getFirst().outcome()).isEqualTo(DownloadOutcome.ABORTED);
        // the listing thread was interrupted, not left to finish in the background
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void each_search_is_audited_with_user_pattern_filters_scope_and_count_and_holds_the_mount() throws Exception {
        var query = new SearchQuery("q3*", HubPath.of("/partition-2/Users"), OCT_1, null, null, null,
                Set.of(TypeGroup.SPREADSHEETS));

        f.run(f.search(), query);

        DownloadRecord row = f.auditRows().getFirst();
        assertThat(row.username()).isEqualTo("operator");
        assertThat(row.kind()).isEqualTo(DownloadKind.SEARCH);
        assertThat(row.vmName()).isEqualTo("web-01");
        assertThat(row.mountId()).isEqualTo(SearchFixture.MOUNT.value());
        assertThat(row.path()).isEqualTo("/partition-2/Users");
        assertThat(row.outcome()).isEqualTo(DownloadOutcome.COMPLETE);
        assertThat(row.detail())
                .contains("\u201cq3*\u201d", "modified 2025-10-01T00:00:00Z", "Spreadsheets", "this folder and below",
                        "1 matches in 3 folders")
                .doesNotContain("cut");
        assertThat(f.uses.get()).isEqualTo(1);
        assertThat(f.released.get()).isEqualTo(1);
        assertThat(f.usedBy).containsExactly("session/1/search");
    }

    @Test
    void a_help_desk_user_cannot_search_a_mount_outside_their_scope() {
        f.restore.signIn("helpdesk", VmScope.of(List.of("pgtest*")));
        f.restore.hub.listedPaths.clear();

        assertThatThrownBy(() -> f.search()
                .start(SearchFixture.MOUNT, SearchQuery.byName("x", HubPath.root()), "s", new SearchFixture.Recorder()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.restore.hub.listedPaths).isEmpty();
        assertThat(f.auditRows()).isEmpty();
    }

    @Test
    void a_folder_through_a_link_is_refused_before_any_listing() {
        f.restore.hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"),
                SearchFixture.link("/partition-2/Users/All Users", "/ProgramData"));

        assertThatThrownBy(() -> f.search()
                .start(SearchFixture.MOUNT, SearchQuery.byName("x", HubPath.of("/partition-2/Users/All Users/x")), "s",
                        new SearchFixture.Recorder()))
                .isInstanceOf(LinkRefusedException.class);
    }

    @Test
    @BadInput("oversized search pattern")
    void a_pattern_longer_than_200_characters_is_refused_with_a_reason() {
        assertThatThrownBy(() -> SearchQuery.byName("x".repeat(201), HubPath.root()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("201 characters; at most 200");
        assertThatThrownBy(() -> SearchQuery.byName("   ", HubPath.root()))
                .hasMessageContaining("Type part of a file name");
        assertThatThrownBy(
                () -> new SearchQuery("x", HubPath.root(), OCT_1, OCT_1.minusSeconds(1), null, null, Set.of()))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> new SearchQuery("x", HubPath.root(), null, null, 10L, 5L, Set.of()))
                .hasMessageContaining("size range");
    }

    @Test
    void the_first_match_is_pushed_at_once_and_later_ones_in_batches() throws Exception {
        f.tree("/partition-2/Shares/Forecasts", 10, 2, 3);

        var r = f.run(f.search(), SearchQuery.byName("file", HubPath.root()));

        assertThat(r.matches).hasSize(333);
        // one batch for the first match, a few paced ones at most, and the last: never one per folder
        assertThat(r.batches.get()).isLessThan(20);
        assertThat(r.progress.getFirst().matches()).isPositive();
    }
}
