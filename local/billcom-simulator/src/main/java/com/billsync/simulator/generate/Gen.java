package com.billsync.simulator.generate;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.billsync.simulator.store.Timestamps;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's shared state: the seeded random source, the clock's now, and small helpers. */
final class Gen {
    final SplittableRandom random;
    final Instant now;
    final LocalDate today;
    final OrgData org;

    Gen(long seed, OrgData org) {
        this.random = new SplittableRandom(seed);
        this.now = org.now().truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.org = org;
    }

    /** Uniform in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    long cents(long lo, long hi) {
        return lo + random.nextLong(hi - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String id(SimKind kind) {
        return org.newId(kind.idPrefix());
    }

    /** A moment between {@code minAgo} and {@code maxAgo} before now. */
    Instant ago(Duration minAgo, Duration maxAgo) {
        long lo = minAgo.getSeconds();
        long hi = Math.max(lo, maxAgo.getSeconds());
        return now.minusSeconds(lo + random.nextLong(hi - lo + 1));
    }

    /** A moment in [from, to]; {@code from} when the range is empty. */
    Instant within(Instant from, Instant to) {
        long span = Duration.between(from, to).getSeconds();
        return span <= 0 ? from : from.plusSeconds(random.nextLong(span + 1));
    }

    Instant notAfterNow(Instant t) {
        return t.isAfter(now) ? now : t;
    }

    /** createdTime somewhere in the last ~3 years, updatedTime between it and now. */
    void stampMasterData(ObjectNode node) {
        Instant created = ago(Duration.ofDays(30), Duration.ofDays(1_100));
        stamp(node, created, within(created, now));
    }

    void stamp(ObjectNode node, Instant created, Instant updated) {
        node.put("createdTime", Timestamps.v3(created));
        node.put("updatedTime", Timestamps.v3(updated.isBefore(created) ? created : updated));
    }

    static ObjectNode object() {
        return Json.object();
    }
}
