package com.billsync.billcom.model;

import java.time.Instant;

/** A classification dimension: department ({@code 0de…}), job, location or accounting class ({@code cls…}). */
public record Dimension(
        String id,
        String name,
        String shortName,
        String description,
        String parentId,
        boolean archived,
        Instant createdTime,
        Instant updatedTime) {

    public Dimension {
        Ids.require(id, "dimension");
    }
}
