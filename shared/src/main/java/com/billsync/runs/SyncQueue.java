package com.billsync.runs;

import java.util.List;

/** The FIFO queue of sync steps. */
public interface SyncQueue {

    /**
     * Sends the messages in order (SendMessageBatch, up to 10 per call); throws if any was not accepted.
     * Re-sending a message is harmless within the queue's deduplication window.
     */
    void send(List<SyncMessage> messages);
}
