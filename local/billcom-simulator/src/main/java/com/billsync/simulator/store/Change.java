package com.billsync.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One stored object before and after a write; {@code before} is null on create. Both are the shared nodes. */
public record Change(ObjectNode before, ObjectNode after) {
    public boolean changed() {
        return before == null || !before.equals(after);
    }
}
