package com.billsync.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;

/** What a handler answers: a JSON body, raw bytes (downloads), or nothing. */
public record Reply(int status, JsonNode json, byte[] bytes, String contentType) {
    public static Reply ok(JsonNode json) {
        return new Reply(200, json, null, null);
    }

    public static Reply created(JsonNode json) {
        return new Reply(201, json, null, null);
    }

    public static Reply empty(int status) {
        return new Reply(status, null, null, null);
    }

    public static Reply bytes(byte[] bytes, String contentType) {
        return new Reply(200, null, bytes, contentType);
    }
}
