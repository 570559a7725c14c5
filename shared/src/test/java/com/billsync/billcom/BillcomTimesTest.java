package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillcomTimesTest {

    @Test
    void parsesV3TimestampWithColonOffset() {
        assertThat(BillcomTimes.parseInstant("2024-10-16T13:36:31.000+00:00"))
                .isEqualTo(Instant.parse("2024-10-16T13:36:31Z"));
    }

    @Test
    void parsesV2TimestampWithCompactOffset() {
        assertThat(BillcomTimes.parseInstant("2024-12-30T07:00:00.000-0800"))
                .isEqualTo(Instant.parse("2024-12-30T15:00:00Z"));
    }

    @Test
    void parsesZuluWithoutFractionAndLocalAsUtc() {
        assertThat(BillcomTimes.parseInstant("2025-12-30T00:00:00Z")).isEqualTo(Instant.parse("2025-12-30T00:00:00Z"));
        assertThat(BillcomTimes.parseInstant("2025-12-30T10:15")).isEqualTo(Instant.parse("2025-12-30T10:15:00Z"));
        assertThat(BillcomTimes.parseInstant("2025-12-30")).isEqualTo(Instant.parse("2025-12-30T00:00:00Z"));
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> BillcomTimes.parseInstant("yesterday")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void dateOfATimestampIsTheDateAsWritten() {
        assertThat(BillcomTimes.parseDate("2026-01-02T23:00:00.000-08:00")).isEqualTo(LocalDate.parse("2026-01-02"));
        assertThat(BillcomTimes.parseDate("2026-01-02")).isEqualTo(LocalDate.parse("2026-01-02"));
    }

    @Test
    void formatsFilterValuesForBothApis() {
        Instant t = Instant.parse("2025-12-30T07:00:00Z");
        assertThat(BillcomTimes.formatV3(t)).isEqualTo("2025-12-30T07:00:00.000Z");
        assertThat(BillcomTimes.formatV2(t)).isEqualTo("2025-12-30T07:00:00.000+0000");
    }
}
