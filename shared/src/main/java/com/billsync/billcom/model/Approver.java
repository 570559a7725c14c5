package com.billsync.billcom.model;

import java.time.Instant;

/** One approver of a bill; {@code status} observed: WAITING, APPROVED, DENIED, REROUTED. */
public record Approver(String userId, String status, Integer approverOrder, Instant statusChangedTime) {
}
