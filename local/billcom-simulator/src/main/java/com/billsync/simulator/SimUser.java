package com.billsync.simulator;

/** A user who can log in to one simulated organization. {@code userId} starts with {@code 006}. */
public record SimUser(String userId, String email, String password) {
}
