package com.sendense.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MailboxTest {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void a_slow_listener_never_holds_up_the_publisher_and_skips_to_the_newest_value() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> seen = new ArrayList<>();
        Mailbox<Integer> mailbox = new Mailbox<>(v -> {
            awaitQuietly(release);
            synchronized (seen) {
                seen.add(v);
            }
        }, executor);

        long start = System.nanoTime();
        for (int i = 1; i <= 1000; i++) {
            mailbox.accept(i);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("publishing never waits for the listener")
                .isLessThan(Duration.ofSeconds(1));
        release.countDown();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            synchronized (seen) {
                assertThat(seen).isNotEmpty().endsWith(1000);
            }
        });
        synchronized (seen) {
            assertThat(seen).as("in order, the backlog collapsed")
                    .isSorted()
                    .hasSizeLessThan(10)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void values_reach_one_listener_one_at_a_time_and_in_order_under_many_publishers() throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
        Mailbox<Long> mailbox = new Mailbox<>(v -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            seen.add(v);
            inside.decrementAndGet();
        }, executor);
        AtomicLong counter = new AtomicLong();

        try (ExecutorService publishers = Executors.newFixedThreadPool(4)) {
            for (int p = 0; p < 4; p++) {
                publishers.execute(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        // Publish under the counter's order, as LiveUpdates publishes complete states.
                        synchronized (counter) {
                            mailbox.accept(counter.incrementAndGet());
                        }
                    }
                });
            }
            publishers.shutdown();
            assertThat(publishers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(seen).last().isEqualTo(40_000L));
        assertThat(overlaps).hasValue(0);
        assertThat(new ArrayList<>(seen)).isSorted();
    }

    @Test
    void a_failing_listener_still_gets_the_next_value() {
        List<String> seen = new ArrayList<>();
        Mailbox<String> mailbox = new Mailbox<>(v -> {
            seen.add(v);
            if (v.equals("boom")) {
                throw new IllegalStateException("broken UI");
            }
        }, Runnable::run);

        mailbox.accept("boom");
        mailbox.accept("next");

        assertThat(seen).containsExactly("boom", "next");
    }

    @Test
    void inline_delivery_is_synchronous_and_loses_nothing() {
        List<Integer> seen = new ArrayList<>();
        Mailbox<Integer> mailbox = new Mailbox<>(seen::add, Runnable::run);

        mailbox.accept(1);
        mailbox.accept(2);

        assertThat(seen).containsExactly(1, 2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
