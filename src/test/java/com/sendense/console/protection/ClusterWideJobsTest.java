package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.testsupport.FakeHubConfiguration;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Which jobs run once across instances: the storage sampler and the unmount sweep take a ShedLock
 * lock inside their {@code @Async} hop (outside it the lock would end before the work starts), the
 * hub poller and the ticker take none, by design.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
class ClusterWideJobsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LockProvider locks;

    @Test
    void the_cluster_wide_jobs_lock_inside_their_async_hop() {
        for (String job : List.of("storageSampler", "unmountOnClose", "spoolCleanup")) {
            List<String> advice = advice(job);
            assertThat(advice).as(job).anyMatch(a -> a.contains("Async"));
            assertThat(advice).as(job).anyMatch(a -> a.contains("shedlock"));
            assertThat(indexOf(advice, "Async")).as(job + ": async first").isLessThan(indexOf(advice, "shedlock"));
        }
    }

    @Test
    void the_per_instance_jobs_take_no_lock() {
        for (String job : List.of("hubPoller", "ticker")) {
            assertThat(advice(job)).as(job).noneMatch(a -> a.contains("shedlock"));
        }
    }

    @Test
    void a_lock_is_held_once_in_the_database_until_released() {
        var config = new LockConfiguration(java.time.Instant.now(), "test-lock", java.time.Duration.ofMinutes(1),
                java.time.Duration.ZERO);
        SimpleLock held = locks.lock(config).orElseThrow();
        assertThat(locks.lock(config)).as("another instance asking").isEmpty();
        held.unlock();
        assertThat(locks.lock(config)).isPresent();
    }

    private List<String> advice(String bean) {
        Object proxy = context.getBean(bean);
        if (!(proxy instanceof Advised advised)) {
            return List.of();
        }
        return Arrays.stream(advised.getAdvisors()).map(a -> a.getClass().getName() + "/" + a.getAdvice()).toList();
    }

    private static int indexOf(List<String> advice, String part) {
        for (int i = 0; i < advice.size(); i++) {
            if (advice.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
