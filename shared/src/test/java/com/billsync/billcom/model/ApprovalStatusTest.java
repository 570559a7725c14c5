package com.billsync.billcom.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalStatusTest {

    @Test
    void mapsV3NamesCaseInsensitively() {
        assertThat(ApprovalStatus.fromV3("APPROVED")).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(ApprovalStatus.fromV3("assigned")).isEqualTo(ApprovalStatus.ASSIGNED);
        assertThat(ApprovalStatus.fromV3("UNDEFINED")).isEqualTo(ApprovalStatus.UNDEFINED);
    }

    @Test
    void mapsUnknownV3ValueToUnknownAndAbsentToNull() {
        assertThat(ApprovalStatus.fromV3("PENDING_SOMETHING")).isEqualTo(ApprovalStatus.UNKNOWN);
        assertThat(ApprovalStatus.fromV3(null)).isNull();
    }

    @Test
    void mapsV2CodesWithTheDocumentedTable() {
        assertThat(ApprovalStatus.fromV2Code("0")).isEqualTo(ApprovalStatus.UNASSIGNED);
        assertThat(ApprovalStatus.fromV2Code("1")).isEqualTo(ApprovalStatus.ASSIGNED);
        assertThat(ApprovalStatus.fromV2Code("4")).isEqualTo(ApprovalStatus.APPROVING);
        assertThat(ApprovalStatus.fromV2Code("3")).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(ApprovalStatus.fromV2Code("5")).isEqualTo(ApprovalStatus.DENIED);
    }

    @Test
    void mapsUnknownV2CodeToUnknown() {
        assertThat(ApprovalStatus.fromV2Code("9")).isEqualTo(ApprovalStatus.UNKNOWN);
        assertThat(ApprovalStatus.fromV2Code(null)).isNull();
    }
}
