package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.model.AccountInfo;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request bodies: camelCase, only what changes. */
class WriteBodiesTest {

    @Test
    void newAccountOmitsAbsentFields() {
        var node = BillcomJson.MAPPER.valueToTree(
                new NewChartOfAccount("Prepaid", null, null, new AccountInfo("EXPENSE", "1-020")));

        assertThat(node.toString()).isEqualTo("{\"name\":\"Prepaid\",\"account\":{\"type\":\"EXPENSE\",\"number\":\"1-020\"}}");
    }

    @Test
    void patchCarriesOnlyChangedFields() {
        assertThat(ChartOfAccountPatch.of("0ca1").withName("Rent").toJson(false).toString())
                .isEqualTo("{\"name\":\"Rent\"}");
        assertThat(ChartOfAccountPatch.of("0ca1").withName("Rent").toJson(true).toString())
                .isEqualTo("{\"id\":\"0ca1\",\"name\":\"Rent\"}");
    }

    @Test
    void patchToTopLevelSendsExplicitNullParent() {
        assertThat(ChartOfAccountPatch.of("0ca1").withoutParent().toJson(false).toString())
                .isEqualTo("{\"parentId\":null}");
    }

    @Test
    void v2ListDataCarriesStartMaxFiltersAndSort() {
        var data = V2ListQuery.updatedSince(Instant.parse("2026-01-01T00:00:00Z"))
                .and(V2Filter.eq("isActive", "1")).withPageSize(500).toData(500);

        assertThat(data.toString()).isEqualTo("{\"start\":500,\"max\":500,\"filters\":["
                + "{\"field\":\"updatedTime\",\"op\":\">=\",\"value\":\"2026-01-01T00:00:00.000+0000\"},"
                + "{\"field\":\"isActive\",\"op\":\"=\",\"value\":\"1\"}],"
                + "\"sort\":[{\"field\":\"updatedTime\",\"asc\":\"true\"}],\"nested\":true}");
    }

    @Test
    void callCountsSubtractPerEndpoint() {
        CallCounts before = new CallCounts(Map.of("GET /v3/vendors", 2L));
        CallCounts after = new CallCounts(Map.of("GET /v3/vendors", 5L, "POST /v3/login", 1L));

        CallCounts diff = after.minus(before);

        assertThat(diff.get("GET /v3/vendors")).isEqualTo(3);
        assertThat(diff.total()).isEqualTo(4);
    }
}
