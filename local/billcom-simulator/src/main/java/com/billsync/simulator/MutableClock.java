package com.billsync.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand, so session expiry and hourly limits are checked without sleeping.
 * Thread-safe: the simulator reads it from request threads while a test advances it.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock forward (or back, with a negative duration); returns the new instant. */
    public Instant advance(Duration by) {
        return now.updateAndGet(i -> i.plus(by));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Shares the same moving instant: advancing either clock advances both. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + "]";
    }
}
