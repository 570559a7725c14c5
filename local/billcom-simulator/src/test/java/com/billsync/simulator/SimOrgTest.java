package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimOrgTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private ObjectNode bill(String approvalStatus) {
        return f.org.list(SimKind.BILL).stream()
                .filter(b -> b.get("approvalStatus").asText().equals(approvalStatus)).findFirst().orElseThrow();
    }

    @Test
    void listHandsOutCopies() {
        ObjectNode vendor = f.org.list(SimKind.VENDOR).get(0);
        vendor.put("name", "changed locally");

        assertThat(f.org.get(SimKind.VENDOR, vendor.get("id").asText()).orElseThrow().get("name").asText())
                .isNotEqualTo("changed locally");
    }

    @Test
    void updateChangesTheServedObjectAndBumpsUpdatedTime() {
        String id = f.org.list(SimKind.VENDOR).get(0).get("id").asText();
        f.clock.advance(Duration.ofMinutes(3));

        ObjectNode updated = f.org.update(SimKind.VENDOR, id, v -> v.put("name", "Renamed Vendor"));

        assertThat(updated.get("updatedTime").asText()).isEqualTo("2026-06-01T12:03:00.000+00:00");
        assertThat(f.http.get("/v3/vendors/" + id).json().get("name").asText()).isEqualTo("Renamed Vendor");
    }

    @Test
    void updateOfAnUnknownIdThrows() {
        assertThatThrownBy(() -> f.org.update(SimKind.VENDOR, "nope", v -> { }))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void archiveAndRestoreFlipArchivedAndTheBillRecordStatus() {
        String id = bill("APPROVED").get("id").asText();

        ObjectNode archived = f.org.archive(SimKind.BILL, id);
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("recordStatus").asText()).isEqualTo("INACTIVE");

        ObjectNode restored = f.org.restore(SimKind.BILL, id);
        assertThat(restored.get("archived").asBoolean()).isFalse();
        assertThat(restored.get("recordStatus").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void approveBillApprovesTheBillAndItsApprovers() {
        String id = bill("ASSIGNED").get("id").asText();

        f.org.approveBill(id);

        ObjectNode served = (ObjectNode) f.http.get("/v3/bills/" + id).json();
        assertThat(served.get("approvalStatus").asText()).isEqualTo("APPROVED");
        assertThat(served.get("approvers").findValuesAsText("status")).containsOnly("APPROVED");
    }

    @Test
    void createAssignsAnIdWithThePrefixAndTimestamps() {
        ObjectNode created = f.org.create(SimKind.DEPARTMENT, Http.JSON.createObjectNode().put("name", "Audit"));

        assertThat(created.get("id").asText()).startsWith("0de").hasSize(20);
        assertThat(created.get("archived").asBoolean()).isFalse();
        assertThat(created.get("createdTime").asText()).isEqualTo("2026-06-01T12:00:00.000+00:00");
        assertThat(created.get("updatedTime")).isEqualTo(created.get("createdTime"));
        assertThat(f.http.get("/v3/classifications/departments/" + created.get("id").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void addedUsersCanLogIn() {
        SimUser user = f.org.addUser("ap@example.com", "pw");

        Http.Response r = new Http(f.sim.baseUrl()).login(SimFixture.DEV_KEY, "ap@example.com", "pw",
                f.org.organizationId());

        assertThat(user.userId()).startsWith("006");
        assertThat(r.json().get("userId").asText()).isEqualTo(user.userId());
        assertThat(f.org.users()).contains(user);
    }

    @Test
    void organizationsAreFoundById() {
        assertThat(f.sim.organization(f.org.organizationId())).containsSame(f.org);
    }
}
