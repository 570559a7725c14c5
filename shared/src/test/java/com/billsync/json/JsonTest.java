package com.billsync.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Sample(String companyId, Instant createdAt, LocalDate cutoffDate, BigDecimal amount) {
    }

    @Test
    void writesSnakeCaseAndIsoDates() throws Exception {
        String json = Json.mapper().writeValueAsString(new Sample("c1", Instant.parse("2026-01-02T03:04:05Z"),
                LocalDate.parse("2026-01-31"), new BigDecimal("10.10")));

        assertThat(json).isEqualTo(
                "{\"company_id\":\"c1\",\"created_at\":\"2026-01-02T03:04:05Z\",\"cutoff_date\":\"2026-01-31\","
                        + "\"amount\":10.10}");
    }

    @Test
    void readsWithUnknownPropertiesIgnoredAndExactDecimals() throws Exception {
        Sample s = Json.mapper().readValue("{\"company_id\":\"c1\",\"amount\":0.1,\"surprise\":true}", Sample.class);

        assertThat(s.companyId()).isEqualTo("c1");
        assertThat(s.amount()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void derivedMapperKeepsSharedSettingsButMayChangeNaming() throws Exception {
        var camel = Json.derive().propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE).build();

        Sample s = camel.readValue("{\"companyId\":\"c1\",\"amount\":0.1,\"surprise\":1}", Sample.class);

        assertThat(s.companyId()).isEqualTo("c1");
        assertThat(s.amount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(Json.mapper().getPropertyNamingStrategy()).isEqualTo(PropertyNamingStrategies.SNAKE_CASE);
    }
}
