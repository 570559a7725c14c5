package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyLimiterTest {

    private final ConcurrencyLimiter limiter = new ConcurrencyLimiter();

    @Test
    void neverLetsMoreThanTheMaximumInFlightForOneKey() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch threeIn = new CountDownLatch(3);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> {
                    try (var permit = limiter.acquire("dk", "org", 3)) {
                        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        threeIn.countDown();
                        // Hold the slot until three are in at once, so the test sees the limit bite.
                        threeIn.await(5, TimeUnit.SECONDS);
                        inFlight.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(peak.get()).isEqualTo(3);
        assertThat(limiter.inFlight("dk", "org")).isZero();
    }

    @Test
    void keysByDevKeyAndOrganization() throws Exception {
        try (var a = limiter.acquire("dk", "org-1", 1); var b = limiter.acquire("dk", "org-2", 1);
                var c = limiter.acquire("other-dk", "org-1", 1)) {
            assertThat(limiter.inFlight("dk", "org-1")).isEqualTo(1);
            assertThat(limiter.inFlight("dk", "org-2")).isEqualTo(1);
            assertThat(limiter.inFlight("other-dk", "org-1")).isEqualTo(1);
        }
    }

    @Test
    void closingAPermitTwiceReleasesOnce() throws Exception {
        var first = limiter.acquire("dk", "org", 3);
        var second = limiter.acquire("dk", "org", 3);

        first.close();
        first.close();

        assertThat(limiter.inFlight("dk", "org")).isEqualTo(1);
        second.close();
    }

    @Test
    void sharedLimiterIsOneInstancePerProcess() {
        assertThat(ConcurrencyLimiter.shared()).isSameAs(ConcurrencyLimiter.shared());
    }
}
