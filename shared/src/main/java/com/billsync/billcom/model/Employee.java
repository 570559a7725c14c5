package com.billsync.billcom.model;

import java.time.Instant;

/** An employee classification ({@code emp…}). */
public record Employee(
        String id,
        String firstName,
        String lastName,
        String shortName,
        String parentId,
        boolean archived,
        Instant createdTime,
        Instant updatedTime) {

    public Employee {
        Ids.require(id, "employee");
    }
}
