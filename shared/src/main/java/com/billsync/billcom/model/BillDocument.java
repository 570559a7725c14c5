package com.billsync.billcom.model;

import java.time.Instant;

/** Metadata of a document attached to a bill ({@code 00h…}); the file itself is not downloaded. */
public record BillDocument(String id, String name, Instant createdTime, String downloadLink) {

    public BillDocument {
        Ids.require(id, "bill document");
    }
}
