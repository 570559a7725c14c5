package com.billsync.billcom;

import com.billsync.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Bill.com's JSON dialect, derived from the project's one configuration ({@link Json#derive()}): camelCase
 * property names, any of Bill.com's timestamp forms, a single object where a list is expected.
 */
final class BillcomJson {

    static final ObjectMapper MAPPER = Json.derive()
            .propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .addModule(new SimpleModule("billcom-times")
                    .addDeserializer(Instant.class, new LenientInstant())
                    .addDeserializer(LocalDate.class, new LenientDate()))
            .build();

    private static final int MAX_REASON = 300;

    private BillcomJson() {
    }

    /** Outcome of mapping one record: exactly one of the two is set. */
    record Mapped<T>(T record, MalformedRecord malformed) {
    }

    /** Maps one record, or says why it cannot be mapped; never throws for bad data. */
    static <T> Mapped<T> map(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            return new Mapped<>(null, new MalformedRecord(null, "not a JSON object", String.valueOf(node)));
        }
        try {
            return new Mapped<>(MAPPER.treeToValue(node, type), null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            JsonNode id = node.get("id");
            String idText = id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
            return new Mapped<>(null, new MalformedRecord(idText, reason(e), node.toString()));
        }
    }

    /** Maps a record that must be readable (a single get or write response). */
    static <T> T mapOrThrow(JsonNode node, Class<T> type, String what) {
        Mapped<T> m = map(node, type);
        if (m.malformed() != null) {
            throw new BillcomException.InvalidResponse(what + ": " + m.malformed().reason(), null);
        }
        return m.record();
    }

    static String reason(Exception e) {
        String text;
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            text = vie.getCause().getMessage();
        } else if (e instanceof JsonMappingException jme) {
            String path = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String msg = jme.getOriginalMessage();
            // Jackson names our classes in its messages; the first line is what a person needs.
            int nl = msg == null ? -1 : msg.indexOf('\n');
            text = (path.isEmpty() ? "" : path + ": ") + (nl < 0 ? msg : msg.substring(0, nl));
        } else {
            text = e.getMessage();
        }
        if (text == null) {
            text = e.getClass().getSimpleName();
        }
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }

    private static final class LenientInstant extends StdScalarDeserializer<Instant> {
        LenientInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(p.getLongValue());
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return BillcomTimes.parseInstant(text);
            } catch (DateTimeException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a timestamp");
            }
        }
    }

    private static final class LenientDate extends StdScalarDeserializer<LocalDate> {
        LenientDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return BillcomTimes.parseDate(text);
            } catch (DateTimeException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
            }
        }
    }
}
