package com.billsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void advanceKeepsEachListingsGreatestTime() {
        String stored = Cursors.advance(Optional.empty(), Map.of("jobs", "2025-01-02T00:00:00Z",
                "departments", "2025-01-01T00:00:00Z"));
        String next = Cursors.advance(Optional.of(stored), Map.of("jobs", "2025-01-01T00:00:00Z",
                "departments", "2025-03-01T00:00:00Z"));
        assertThat(Cursors.parse(Optional.of(next))).isEqualTo(Map.of(
                "jobs", Instant.parse("2025-01-02T00:00:00Z"), "departments", Instant.parse("2025-03-01T00:00:00Z")));
    }

    @Test
    void anUnreadableCursorMeansAFullPull() {
        assertThat(Cursors.parse(Optional.of("not json"))).isEmpty();
    }
}
