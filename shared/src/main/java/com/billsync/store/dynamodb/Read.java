package com.billsync.store.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads attributes of a stored item, failing loudly on a missing required one. */
final class Read {

    private final Map<String, AttributeValue> item;

    Read(Map<String, AttributeValue> item) {
        this.item = item;
    }

    String s(String name) {
        return opt(name).orElseThrow(() -> new IllegalStateException("item lacks " + name));
    }

    Optional<String> opt(String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }

    long n(String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    boolean bool(String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    boolean has(String name) {
        return item.containsKey(name);
    }

    Instant time(String name) {
        return Instant.parse(s(name));
    }

    Optional<Instant> optTime(String name) {
        return opt(name).map(Instant::parse);
    }

    Optional<LocalDate> optDate(String name) {
        return opt(name).map(LocalDate::parse);
    }

    Map<String, AttributeValue> m(String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? Map.of() : value.m();
    }
}
