package com.billsync.sync;

import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.MalformedRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One incremental Bill.com listing of a step: {@code updatedTime >= cursor - lookback}, oldest change first,
 * 100 per page (the whole kind, same order, when there is no cursor yet). Archived records come too: the
 * listing filters nothing else.
 *
 * @param name        the listing's name in the step's cursor and checkpoint
 * @param id          a record's Bill.com id
 * @param updatedTime a record's {@code updatedTime}, which advances the cursor
 * @param sink        stores one page durably (or throws)
 */
public record Listing<T>(String name, BillcomKind<T> kind, Function<T, String> id,
                         Function<T, Instant> updatedTime, Sink<T> sink) {

    /**
     * How far before the cursor a listing starts again: records Bill.com stamped while the previous run was
     * paging, or with a clock slightly behind ours, are read once more (and found unchanged) rather than missed.
     */
    public static final Duration LOOKBACK = Duration.ofMinutes(5);

    public Listing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(updatedTime, "updatedTime");
        Objects.requireNonNull(sink, "sink");
    }

    /** Stores one page of records (and reports the malformed ones). */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(StepContext ctx, List<T> records, List<MalformedRecord> malformed);
    }

    /**
     * Runs the listings in order from the context's position, each page made durable by its sink before the
     * position moves past it; a listing of more than one page is read by up to as many page chains at once as the
     * client may have requests in flight ({@link Slices}). Listing {@code i} done means position {@code i + 1}.
     */
    public static void runAll(StepContext ctx, List<Listing<?>> listings) {
        for (int i = ctx.position().index(); i < listings.size(); i++) {
            runOne(ctx, listings.get(i), i);
        }
    }

    private static <T> void runOne(StepContext ctx, Listing<T> listing, int index) {
        StepCheckpoint.Position at = ctx.position();
        Slices slices;
        if (at.index() == index && Slices.isSlices(at.pageToken())) {
            slices = Slices.decode(at.pageToken());
        } else if (at.index() == index && at.pageToken() != null) {
            // Saved by an engine that read one page chain: go on with it.
            slices = Slices.legacy(at.cursorValue() == null ? null : Instant.parse(at.cursorValue()), at.pageToken());
        } else {
            slices = Slices.start(ctx.cursor(listing.name()).map(c -> c.minus(LOOKBACK)).orElse(null));
        }
        new SlicedListing<>(ctx, listing, index, slices, ctx.billcom().maxInFlight()).run();
    }
}
