package com.billsync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One object written through the HTTP API (chart of accounts), for tests that check what a client changed.
 *
 * @param before the object before the write; null on create
 * @param after the object after the write (equal to before for an idempotent no-op archive or restore)
 */
public record WriteRecord(Instant time, String orgId, String method, String path, SimKind kind, String objectId,
                          ObjectNode before, ObjectNode after) {
}
