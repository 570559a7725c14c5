package com.billsync.api;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Patch;
import com.billsync.domain.ServiceException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads a JSON object body field by field, collecting every problem; {@link #done()} then rejects the request
 * with one {@code validation_failed} naming each bad field and each unknown one. Values are never echoed back
 * (a misplaced password must not reappear in an error).
 */
final class BodyFields {

    private final JsonNode body;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Set<String> unknown = new TreeSet<>();

    private BodyFields(JsonNode body, Set<String> allowed) {
        this.body = body;
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
    }

    static BodyFields of(JsonNode body, Set<String> allowed) {
        return new BodyFields(body, allowed);
    }

    /** A credential: required, not trimmed (spaces may be part of it). */
    String requiredSecret(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            problems.put(name, "is required");
            return null;
        }
        return secret(name, value, maxLength);
    }

    /** A credential: optional, not trimmed; {@code null} is rejected. */
    Optional<String> optionalSecret(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(secret(name, value, maxLength));
    }

    String requiredString(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            problems.put(name, "is required");
            return null;
        }
        return string(name, value, maxLength, s -> true, null);
    }

    String requiredString(String name, int maxLength, Predicate<String> valid, String rule) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            problems.put(name, "is required");
            return null;
        }
        return string(name, value, maxLength, valid, rule);
    }

    Optional<String> optionalString(String name, int maxLength) {
        return optionalString(name, maxLength, s -> true, null);
    }

    Optional<String> optionalString(String name, int maxLength, Predicate<String> valid, String rule) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            problems.put(name, "must not be null");
            return Optional.empty();
        }
        return Optional.ofNullable(string(name, value, maxLength, valid, rule));
    }

    /** For PATCH: absent keeps, {@code null} clears (when {@code nullable}), a value sets. */
    Patch<String> patchString(String name, int maxLength, boolean nullable) {
        return patchString(name, maxLength, nullable, s -> true, null);
    }

    Patch<String> patchString(String name, int maxLength, boolean nullable, Predicate<String> valid, String rule) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Patch.absent();
        }
        if (value.isNull()) {
            if (!nullable) {
                problems.put(name, "must not be null");
                return Patch.absent();
            }
            return Patch.cleared();
        }
        String s = string(name, value, maxLength, valid, rule);
        return s == null ? Patch.absent() : Patch.to(s);
    }

    Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            problems.put(name, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    Patch<Boolean> patchBoolean(String name) {
        return optionalBoolean(name).map(Patch::to).orElse(Patch.absent());
    }

    Optional<LocalDate> optionalDate(String name) {
        Patch<LocalDate> patch = patchDate(name, false);
        return patch.present() ? Optional.ofNullable(patch.value()) : Optional.empty();
    }

    Patch<LocalDate> patchDate(String name, boolean nullable) {
        Patch<String> raw = patchString(name, 10, nullable);
        if (!raw.present() || raw.value() == null) {
            return raw.present() ? Patch.cleared() : Patch.absent();
        }
        try {
            if (!raw.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("format", raw.value(), 0);
            }
            return Patch.to(LocalDate.parse(raw.value()));
        } catch (DateTimeParseException e) {
            problems.put(name, "must be a date as yyyy-MM-dd");
            return Patch.absent();
        }
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
        Patch<E> patch = patchEnum(name, type);
        return patch.present() ? Optional.ofNullable(patch.value()) : Optional.empty();
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        if (body.get(name) == null || body.get(name).isNull()) {
            problems.put(name, "is required");
            return null;
        }
        return patchEnum(name, type).value();
    }

    <E extends Enum<E>> Patch<E> patchEnum(String name, Class<E> type) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Patch.absent();
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        if (value.isTextual() && allowed.contains(value.asText())) {
            return Patch.to(Enum.valueOf(type, value.asText().toUpperCase(Locale.ROOT)));
        }
        problems.put(name, "must be one of " + String.join(", ", allowed));
        return Patch.absent();
    }

    boolean has(String name) {
        return body.has(name);
    }

    void problem(String name, String problem) {
        problems.put(name, problem);
    }

    /** Throws {@code validation_failed} if any field was wrong or unknown. */
    void done() {
        if (problems.isEmpty() && unknown.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        problems.forEach((name, problem) -> parts.add(name + " " + problem));
        if (!unknown.isEmpty()) {
            parts.add("unknown field(s): " + String.join(", ", unknown));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!problems.isEmpty()) {
            details.put("fields", problems);
        }
        if (!unknown.isEmpty()) {
            details.put("unknown_fields", List.copyOf(unknown));
        }
        throw new ServiceException(ErrorCode.VALIDATION_FAILED, "Invalid request body: " + String.join("; ", parts)
                + ".", details);
    }

    private String secret(String name, JsonNode value, int maxLength) {
        if (!value.isTextual()) {
            problems.put(name, "must be a string");
            return null;
        }
        String s = value.asText();
        if (s.isBlank()) {
            problems.put(name, "must not be blank");
            return null;
        }
        if (s.length() > maxLength) {
            problems.put(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return s;
    }

    private String string(String name, JsonNode value, int maxLength, Predicate<String> valid, String rule) {
        if (!value.isTextual()) {
            problems.put(name, "must be a string");
            return null;
        }
        String s = value.asText().trim();
        if (s.isEmpty()) {
            problems.put(name, "must not be blank");
            return null;
        }
        if (s.length() > maxLength) {
            problems.put(name, "must be at most " + maxLength + " characters");
            return null;
        }
        if (!valid.test(s)) {
            problems.put(name, rule);
            return null;
        }
        return s;
    }
}
