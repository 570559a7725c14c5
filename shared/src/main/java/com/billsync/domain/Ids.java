package com.billsync.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes ids that sort by creation time: a prefix, then 10 Crockford base-32 characters of epoch milliseconds,
 * then 16 random ones (the ULID layout). Sorting ids therefore sorts records oldest first, which the run
 * history and the key layout rely on.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final RandomGenerator random;

    public Ids(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public static Ids system() {
        return new Ids(Clock.systemUTC(), new SecureRandom());
    }

    public String next(String prefix) {
        long millis = clock.millis();
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = ALPHABET[random.nextInt(32)];
        }
        return prefix + new String(out);
    }

    public String company() {
        return next("cmp_");
    }

    public String integration() {
        return next("int_");
    }

    public String run() {
        return next("SY");
    }

    public String ledgerRecord(String prefix) {
        return next(prefix + "_");
    }
}
