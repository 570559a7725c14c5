package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void doublesTheDelayPerRetryWithinHalfToFullOfIt() {
        assertThat(policy.backoff(1, fixed(0.0))).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.backoff(1, fixed(0.999999))).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(policy.backoff(3, fixed(0.0))).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3, fixed(0.5))).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void capsTheDelayAtMaxDelay() {
        assertThat(policy.backoff(7, fixed(0.999999))).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(60, fixed(0.0))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void jitterSpreadsDelaysOfTheSameRetry() {
        assertThat(policy.backoff(2, fixed(0.1))).isNotEqualTo(policy.backoff(2, fixed(0.9)));
    }

    @Test
    void defaultsWaitAtMostAboutEightSecondsInTotal() {
        RetryPolicy d = RetryPolicy.defaults();
        Duration total = Duration.ZERO;
        for (int retry = 1; retry < d.maxAttempts(); retry++) {
            total = total.plus(d.backoff(retry, fixed(0.999999)));
        }
        assertThat(total).isLessThan(Duration.ofSeconds(9));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
