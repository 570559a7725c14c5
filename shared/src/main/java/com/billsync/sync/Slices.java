package com.billsync.sync;

import com.billsync.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one listing's {@code updatedTime} range is shared among up to three page chains, so that up to three
 * requests are in flight for one listing (Bill.com's limit per dev key and organization) while every record is
 * still read at least once and written once.
 *
 * <p>The range is cut into <b>regions</b> {@code [lo, hi)}. A region is read by an ascending chain from its bottom
 * and, once a page says there is more, a descending chain from its top; both are ordinary Bill.com page chains
 * ({@code updatedTime:gte:lo}, {@code updatedTime:lt:hi}, sorted by {@code updatedTime}). The ascending chain has
 * read everything strictly below its position, the descending one everything strictly above its own, whatever
 * order Bill.com gives records of equal time; so the region is complete once the ascending position passes the
 * descending one, or either chain runs out of pages. A free slot splits the region with the most left to read at
 * the middle of its unread stretch: the lower part keeps the ascending chain (which stops at the cut), the upper
 * part keeps the descending chain and gets a new ascending one from the cut. A record near a meeting point may be
 * read twice; the engine writes it once (same id and time) and a repeat is unchanged anyway.
 *
 * <p>With one chain allowed the listing is one ascending chain from the cursor, as before. The state is saved
 * in the step's checkpoint after every durable page of any chain, so a new invocation resumes every chain from
 * its last durable page. Not thread-safe: the caller serializes access.
 */
public final class Slices {

    /** Prefix of a position's page token that holds slices rather than one Bill.com page token. */
    static final String PREFIX = "slices:";
    /** Split a region only when about this many records are left in it: a split costs a short page or two. */
    static final long SPLIT_THRESHOLD = 300;

    /** One page chain of a region. */
    public static final class Chain {
        final boolean ascending;
        /** The chain's query bounds (fixed for its lifetime; its page tokens belong to that query). */
        final Instant queryLo;
        final Instant queryHi;
        /** The next page; null before the first page (then {@code pages == 0}) or once exhausted. */
        String token;
        /** The furthest {@code updatedTime} read (highest ascending, lowest descending); null before any. */
        Instant position;
        /** Where the chain's first record was, for the density estimate. */
        Instant first;
        long records;
        long pages;
        boolean exhausted;
        /** Running in this invocation (never saved). */
        transient boolean running;

        Chain(boolean ascending, Instant queryLo, Instant queryHi) {
            this.ascending = ascending;
            this.queryLo = queryLo;
            this.queryHi = queryHi;
        }

        public boolean ascending() {
            return ascending;
        }

        public Instant queryLo() {
            return queryLo;
        }

        public Instant queryHi() {
            return queryHi;
        }

        public String token() {
            return token;
        }

        boolean started() {
            return pages > 0;
        }
    }

    /** A stretch {@code [lo, hi)} of the range and the chains reading it. */
    static final class Region {
        final Instant lo;
        Instant hi;
        Chain up;
        Chain down;
        boolean complete;

        Region(Instant lo, Instant hi) {
            this.lo = lo;
            this.hi = hi;
        }

        /** Whether everything in {@code [lo, hi)} has been read, from the chains' positions. */
        boolean covered() {
            if (complete) {
                return true;
            }
            if ((up != null && up.exhausted) || (down != null && down.exhausted)) {
                return true;
            }
            if (up != null && up.position != null && down != null && down.position != null
                    && up.position.isAfter(down.position)) {
                return true;
            }
            if (up != null && up.position != null && hi != null && !up.position.isBefore(hi)) {
                return true;
            }
            return down != null && down.position != null && lo != null && down.position.isBefore(lo);
        }

        /**
         * Records left above a lone ascending chain, up to {@code hi} (or {@code now}), at the pace it read so
         * far; unknown (max) when its records so far share one time.
         */
        long estimateAbove(Instant now) {
            Instant top = hi != null ? hi : now;
            if (up == null || up.position == null || up.first == null || top == null) {
                return Long.MAX_VALUE;
            }
            long span = up.position.toEpochMilli() - up.first.toEpochMilli();
            long left = top.toEpochMilli() - up.position.toEpochMilli();
            if (left <= 0) {
                return 0;
            }
            return span <= 0 ? Long.MAX_VALUE : (long) Math.min(Long.MAX_VALUE / 2, (double) up.records * left / span);
        }

        /** Records left between the two chains, at the pace they read so far; unknown (max) when they read none. */
        long estimateLeft() {
            if (up == null || down == null || up.position == null || down.position == null || up.first == null
                    || down.first == null) {
                return Long.MAX_VALUE;
            }
            long gap = down.position.toEpochMilli() - up.position.toEpochMilli();
            if (gap <= 0) {
                return 0;
            }
            long span = Math.max(0, up.position.toEpochMilli() - up.first.toEpochMilli())
                    + Math.max(0, down.first.toEpochMilli() - down.position.toEpochMilli());
            long read = up.records + down.records;
            if (span <= 0) {
                return Long.MAX_VALUE;
            }
            return (long) Math.min(Long.MAX_VALUE / 2, (double) read * gap / span);
        }
    }

    private final List<Region> regions;

    private Slices(List<Region> regions) {
        this.regions = regions;
    }

    /** A listing from {@code lo} (null: its beginning) upwards: one ascending chain, not started. */
    public static Slices start(Instant lo) {
        Region r = new Region(lo, null);
        r.up = new Chain(true, lo, null);
        List<Region> list = new ArrayList<>();
        list.add(r);
        return new Slices(list);
    }

    /**
     * A listing saved before slices existed: its one ascending chain at a Bill.com page token.
     *
     * @param lo the lower bound that chain's query was built with
     */
    public static Slices legacy(Instant lo, String pageToken) {
        Slices s = start(lo);
        Chain c = s.regions.get(0).up;
        c.token = pageToken;
        c.pages = 1;
        return s;
    }

    /** Whether every region has been read. */
    public boolean complete() {
        return regions.stream().allMatch(Region::covered);
    }

    /** Whether the chain should fetch another page: its region is not yet read and it has pages left. */
    public boolean shouldContinue(Chain chain) {
        Region r = regionOf(chain);
        return r != null && !r.covered() && !chain.exhausted;
    }

    /**
     * Records a durable page of {@code chain}: its next token (null: it was the last), the times of its first and
     * last record in the chain's order, and how many records it had.
     */
    public void pageDone(Chain chain, String nextToken, Instant firstTime, Instant lastTime, int records) {
        chain.pages++;
        chain.records += records;
        chain.token = nextToken;
        chain.exhausted = nextToken == null;
        if (chain.first == null) {
            chain.first = firstTime;
        }
        if (lastTime != null && (chain.position == null || (chain.ascending ? lastTime.isAfter(chain.position)
                : lastTime.isBefore(chain.position)))) {
            chain.position = lastTime;
        }
        for (Region r : regions) {
            if (!r.complete && r.covered()) {
                r.complete = true;
            }
        }
    }

    /** A chain stops (its region is read, or it failed); it is no longer running in this invocation. */
    public void stopped(Chain chain) {
        chain.running = false;
    }

    /**
     * The next chain a free slot should run: first the chains of unread regions not running (a resume, or the
     * first chain), then a descending chain for a region that has only its ascending one and, at its pace, about
     * {@link #SPLIT_THRESHOLD} records or more above it, then a split of the region with the most left to read.
     * Small listings stay one chain: a second one costs a short page.
     *
     * @param now the top of a range without an upper bound, for the estimate
     */
    public Optional<Chain> next(Instant now) {
        for (Region r : regions) {
            if (r.covered()) {
                continue;
            }
            for (Chain c : new Chain[] {r.up, r.down}) {
                if (c != null && !c.running && !c.exhausted) {
                    c.running = true;
                    return Optional.of(c);
                }
            }
        }
        for (Region r : regions) {
            if (!r.covered() && r.down == null && r.up != null && r.up.started() && !r.up.exhausted
                    && r.estimateAbove(now) >= SPLIT_THRESHOLD) {
                r.down = new Chain(false, r.lo, r.hi);
                r.down.running = true;
                return Optional.of(r.down);
            }
        }
        Optional<Region> widest = regions.stream()
                .filter(r -> !r.covered() && r.up != null && r.down != null && r.up.started() && r.down.started())
                .filter(r -> r.estimateLeft() >= SPLIT_THRESHOLD)
                .max(Comparator.comparingLong(Region::estimateLeft));
        if (widest.isEmpty()) {
            return Optional.empty();
        }
        Region r = widest.get();
        long lo = r.up.position.toEpochMilli();
        long hi = r.down.position.toEpochMilli();
        Instant cut = Instant.ofEpochMilli(lo + (hi - lo) / 2);
        if (!cut.isAfter(r.up.position)) {
            return Optional.empty();
        }
        Region upper = new Region(cut, r.hi);
        upper.down = r.down;
        upper.up = new Chain(true, cut, r.hi);
        upper.up.running = true;
        r.down = null;
        r.hi = cut;
        regions.add(regions.indexOf(r) + 1, upper);
        return Optional.of(upper.up);
    }

    /** Chains in this invocation: how many are running. */
    public long running() {
        return regions.stream().flatMap(r -> java.util.stream.Stream.of(r.up, r.down)).filter(Objects::nonNull)
                .filter(c -> c.running).count();
    }

    private Region regionOf(Chain chain) {
        for (Region r : regions) {
            if (r.up == chain || r.down == chain) {
                return r;
            }
        }
        return null;
    }

    int regionCount() {
        return regions.size();
    }

    // ---- the checkpoint form ---------------------------------------------------------------------------------

    /** Whether a position's page token holds slices (else it is one Bill.com page token, or null). */
    public static boolean isSlices(String pageToken) {
        return pageToken != null && pageToken.startsWith(PREFIX);
    }

    /** The state as a position's page token: {@code slices:{"regions":[...]}}. */
    public String encode() {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("regions");
        for (Region r : regions) {
            ObjectNode n = list.addObject();
            time(n, "lo", r.lo);
            time(n, "hi", r.hi);
            n.put("complete", r.complete || r.covered());
            if (r.up != null) {
                n.set("up", chain(r.up));
            }
            if (r.down != null) {
                n.set("down", chain(r.down));
            }
        }
        return PREFIX + root;
    }

    public static Slices decode(String pageToken) {
        if (!isSlices(pageToken)) {
            throw new IllegalArgumentException("not a slices token");
        }
        try {
            JsonNode root = Json.mapper().readTree(pageToken.substring(PREFIX.length()));
            List<Region> regions = new ArrayList<>();
            for (JsonNode n : root.path("regions")) {
                Region r = new Region(instant(n, "lo"), instant(n, "hi"));
                r.complete = n.path("complete").asBoolean(false);
                r.up = n.has("up") ? chain(n.get("up")) : null;
                r.down = n.has("down") ? chain(n.get("down")) : null;
                regions.add(r);
            }
            return new Slices(regions);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable slices token", e);
        }
    }

    private static ObjectNode chain(Chain c) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("asc", c.ascending);
        time(n, "qlo", c.queryLo);
        time(n, "qhi", c.queryHi);
        if (c.token != null) {
            n.put("token", c.token);
        }
        time(n, "pos", c.position);
        time(n, "first", c.first);
        n.put("records", c.records);
        n.put("pages", c.pages);
        n.put("exhausted", c.exhausted);
        return n;
    }

    private static Chain chain(JsonNode n) {
        Chain c = new Chain(n.path("asc").asBoolean(true), instant(n, "qlo"), instant(n, "qhi"));
        c.token = n.hasNonNull("token") ? n.get("token").asText() : null;
        c.position = instant(n, "pos");
        c.first = instant(n, "first");
        c.records = n.path("records").asLong();
        c.pages = n.path("pages").asLong();
        c.exhausted = n.path("exhausted").asBoolean(false);
        return c;
    }

    private static void time(ObjectNode n, String field, Instant value) {
        if (value != null) {
            n.put(field, value.toString());
        }
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : null;
    }
}
