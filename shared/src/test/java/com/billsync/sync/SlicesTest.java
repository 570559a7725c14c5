package com.billsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlicesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static Instant t(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    @Test
    void startsWithOneAscendingChainFromTheCursor() {
        Slices s = Slices.start(t(1_000));
        Slices.Chain up = s.next(NOW).orElseThrow();
        assertThat(up.ascending()).isTrue();
        assertThat(up.queryLo()).isEqualTo(t(1_000));
        assertThat(up.queryHi()).isNull();
        assertThat(s.next(NOW)).as("nothing else to do before its first page").isEmpty();
    }

    @Test
    void aSecondChainReadsFromTheTopOnlyWhenMuchIsLeftAbove() {
        Slices big = Slices.start(null);
        Slices.Chain up = big.next(NOW).orElseThrow();
        // 100 records in the first second of a long range: far more above.
        big.pageDone(up, "p2", t(0), t(1_000), 100);
        Slices.Chain down = big.next(NOW).orElseThrow();
        assertThat(down.ascending()).isFalse();
        assertThat(down.queryLo()).isNull();
        assertThat(down.queryHi()).isNull();

        Slices small = Slices.start(null);
        Slices.Chain only = small.next(NOW).orElseThrow();
        // 100 records spread over most of the range: about one page more.
        small.pageDone(only, "p2", t(0), NOW.minusMillis(NOW.toEpochMilli() / 2), 100);
        assertThat(small.next(NOW)).isEmpty();
    }

    @Test
    void aPageWithoutNextEndsTheListing() {
        Slices s = Slices.start(null);
        Slices.Chain up = s.next(NOW).orElseThrow();
        s.pageDone(up, null, t(0), t(10), 40);
        assertThat(s.complete()).isTrue();
        assertThat(s.shouldContinue(up)).isFalse();
    }

    @Test
    void chainsMeetOnlyWhenTheAscendingPositionPassesTheDescendingOne() {
        Slices s = Slices.start(null);
        Slices.Chain up = s.next(NOW).orElseThrow();
        s.pageDone(up, "u2", t(0), t(100), 100);
        Slices.Chain down = s.next(NOW).orElseThrow();
        s.pageDone(down, "d2", NOW, t(500), 100);
        assertThat(s.complete()).isFalse();
        s.pageDone(up, "u3", t(101), t(500), 100);
        assertThat(s.complete()).as("equal times: records of that time may lie between them").isFalse();
        s.pageDone(up, "u4", t(500), t(501), 100);
        assertThat(s.complete()).isTrue();
        assertThat(s.shouldContinue(down)).isFalse();
    }

    @Test
    void aFreeSlotSplitsTheUnreadStretchAtItsMiddle() {
        Slices s = Slices.start(null);
        Slices.Chain up = s.next(NOW).orElseThrow();
        s.pageDone(up, "u2", t(0), t(100), 100);
        Slices.Chain down = s.next(NOW).orElseThrow();
        s.pageDone(down, "d2", t(100_100), t(100_000), 100);
        Slices.Chain middle = s.next(NOW).orElseThrow();
        assertThat(middle.ascending()).isTrue();
        assertThat(middle.queryLo()).isEqualTo(t(50_050));
        assertThat(middle.queryHi()).isNull();
        assertThat(s.regionCount()).isEqualTo(2);
        // The first chain now stops at the cut; the last one meets the new one.
        s.pageDone(up, "u3", t(101), t(50_050), 100);
        assertThat(s.shouldContinue(up)).isFalse();
        assertThat(s.shouldContinue(down)).isTrue();
        s.pageDone(middle, "m2", t(50_050), t(100_001), 100);
        assertThat(s.complete()).isTrue();
    }

    @Test
    void theStateSurvivesTheCheckpoint() {
        Slices s = Slices.start(t(5));
        Slices.Chain up = s.next(NOW).orElseThrow();
        s.pageDone(up, "u2", t(5), t(100), 100);
        Slices.Chain down = s.next(NOW).orElseThrow();
        s.pageDone(down, "d2", t(100_100), t(100_000), 100);
        String saved = s.encode();
        assertThat(Slices.isSlices(saved)).isTrue();
        assertThat(Slices.isSlices("eyJwYWdlIjoxfQ")).isFalse();

        Slices resumed = Slices.decode(saved);
        assertThat(resumed.encode()).isEqualTo(saved);
        Slices.Chain first = resumed.next(NOW).orElseThrow();
        Slices.Chain second = resumed.next(NOW).orElseThrow();
        assertThat(List.of(first.token(), second.token())).containsExactly("u2", "d2");
        assertThat(first.queryLo()).isEqualTo(t(5));
    }

    @Test
    void aSingleChainSavedBeforeSlicesGoesOn() {
        Slices s = Slices.legacy(t(5), "token-7");
        Slices.Chain up = s.next(NOW).orElseThrow();
        assertThat(up.token()).isEqualTo("token-7");
        assertThat(up.ascending()).isTrue();
        assertThat(up.queryLo()).isEqualTo(t(5));
    }

    /**
     * Listings of many shapes read by three chains in random interleavings, with equal times ordered differently
     * by each chain and the state saved and resumed at random points: every record is read, and the calls stay
     * close to one per 100 records.
     */
    @Test
    void everyRecordIsReadWhateverTheShapeOrder() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<Rec> data = dataset(random);
            Set<String> read = new HashSet<>();
            int calls = simulate(data, random, read);
            assertThat(read).as("seed " + seed).hasSize(data.size());
            int pages = Math.max(1, (data.size() + 99) / 100);
            assertThat(calls).as("seed " + seed + ", " + data.size() + " records").isLessThanOrEqualTo(pages + 3);
        }
    }

    private record Rec(String id, long time) {
    }

    private static List<Rec> dataset(Random random) {
        int n = random.nextInt(2_500);
        long range = random.nextBoolean() ? 1_000_000_000L : 5_000L;
        List<Rec> data = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Skewed to recent times, with runs of equal times.
            double u = Math.sqrt(random.nextDouble());
            long time = random.nextInt(10) == 0 && !data.isEmpty() ? data.get(random.nextInt(data.size())).time()
                    : (long) (u * range);
            data.add(new Rec("r" + i, time));
        }
        return data;
    }

    /** Runs the listing to the end; returns the pages fetched. */
    private static int simulate(List<Rec> data, Random random, Set<String> read) {
        Instant now = t(1_000_000_001L);
        Slices s = Slices.start(null);
        // One order per query, kept across resumes, as Bill.com's page tokens keep their place.
        Map<String, List<Rec>> results = new HashMap<>();
        List<Slices.Chain> active = new ArrayList<>();
        int calls = 0;
        for (int guard = 0; guard < 10_000 && !s.complete(); guard++) {
            while (active.size() < 3) {
                Optional<Slices.Chain> next = s.next(now);
                if (next.isEmpty()) {
                    break;
                }
                active.add(next.get());
            }
            if (active.isEmpty()) {
                break;
            }
            Slices.Chain chain = active.get(random.nextInt(active.size()));
            if (!s.shouldContinue(chain)) {
                s.stopped(chain);
                active.remove(chain);
                continue;
            }
            List<Rec> all = results.computeIfAbsent(chain.ascending() + "|" + chain.queryLo() + "|" + chain.queryHi(),
                    k -> query(data, chain, random));
            int from = chain.token() == null ? 0 : Integer.parseInt(chain.token());
            List<Rec> page = all.subList(Math.min(from, all.size()), Math.min(from + 100, all.size()));
            calls++;
            page.forEach(r -> read.add(r.id()));
            long lo = page.stream().mapToLong(Rec::time).min().orElse(0);
            long hi = page.stream().mapToLong(Rec::time).max().orElse(0);
            boolean last = from + 100 >= all.size();
            s.pageDone(chain, last ? null : Integer.toString(from + 100), page.isEmpty() ? null
                    : t(chain.ascending() ? lo : hi), page.isEmpty() ? null : t(chain.ascending() ? hi : lo),
                    page.size());
            if (random.nextInt(25) == 0) {
                // The invocation ends here: a new one resumes every chain from the saved state.
                s = Slices.decode(s.encode());
                active.clear();
            }
        }
        assertThat(s.complete()).isTrue();
        return calls;
    }

    /** The chain's query over the data, equal times in an order of its own. */
    private static List<Rec> query(List<Rec> data, Slices.Chain chain, Random random) {
        List<Rec> matching = new ArrayList<>();
        for (Rec r : data) {
            if ((chain.queryLo() == null || r.time() >= chain.queryLo().toEpochMilli())
                    && (chain.queryHi() == null || r.time() < chain.queryHi().toEpochMilli())) {
                matching.add(r);
            }
        }
        Collections.shuffle(matching, random);
        Comparator<Rec> byTime = Comparator.comparingLong(Rec::time);
        matching.sort(chain.ascending() ? byTime : byTime.reversed());
        return matching;
    }
}
