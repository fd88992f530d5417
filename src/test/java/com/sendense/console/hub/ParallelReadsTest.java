package com.sendense.console.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelReadsTest {

    @Test
    void each_read_returns_its_own_result() {
        try (ParallelReads reads = ParallelReads.start()) {
            var a = reads.fork(() -> List.of("a"));
            var b = reads.fork(() -> 2);

            assertThat(a.join()).containsExactly("a");
            assertThat(b.join()).isEqualTo(2);
        }
    }

    @Test
    void reads_run_side_by_side() throws InterruptedException {
        var bothStarted = new CountDownLatch(2);
        try (ParallelReads reads = ParallelReads.start()) {
            Runnable meet = () -> {
                bothStarted.countDown();
                try {
                    // Each read waits for the other: run one after the other, they would never meet.
                    bothStarted.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            var first = reads.fork(() -> {
                meet.run();
                return bothStarted.getCount();
            });
            var second = reads.fork(() -> {
                meet.run();
                return bothStarted.getCount();
            });

            assertThat(List.of(first.join(), second.join())).containsOnly(0L);
        }
    }

    @Test
    @com.sendense.reliability.HubFault("hub down")
    void a_hub_failure_reaches_the_caller_as_the_hub_exception_itself() {
        var down = new HubUnavailableException("vms", HubErrorCode.UNREACHABLE, false, "connection refused", null);
        try (ParallelReads reads = ParallelReads.start()) {
            var failing = reads.fork(() -> {
                throw down;
            });
            var fine = reads.fork(() -> "ok");

            assertThatThrownBy(failing::join).isSameAs(down);
            assertThat(fine.join()).isEqualTo("ok");
        }
    }
}
