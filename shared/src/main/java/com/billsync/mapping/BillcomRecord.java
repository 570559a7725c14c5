package com.billsync.mapping;

import com.billsync.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a mirrored Bill.com object (its v3 JSON) for display and for creating a ledger record from it. Only
 * the fields named here are ever copied out, so nothing like bank details leaves the mirror.
 */
public final class BillcomRecord {

    /** Per kind, the Bill.com fields copied into a ledger record's attributes (as snake_case). */
    private static final Map<BillcomKind, List<String>> ATTRIBUTES = Map.of(
            BillcomKind.VENDORS, List.of("shortName", "email", "phone", "address", "billCurrency", "accountType"),
            BillcomKind.CUSTOMERS, List.of("email", "companyName", "contact", "invoiceCurrency", "accountType",
                    "billingAddress", "shippingAddress"),
            BillcomKind.ITEMS, List.of("type", "shortName", "description", "price", "purchaseDescription",
                    "purchaseCost", "taxable"),
            BillcomKind.DEPARTMENTS, List.of("shortName", "description"),
            BillcomKind.JOBS, List.of("shortName", "description"),
            BillcomKind.LOCATIONS, List.of("shortName", "description"),
            BillcomKind.ACCOUNTING_CLASSES, List.of("shortName", "description"),
            BillcomKind.EMPLOYEES, List.of("firstName", "lastName", "shortName"));

    private final BillcomKind kind;
    private final JsonNode node;

    private BillcomRecord(BillcomKind kind, JsonNode node) {
        this.kind = kind;
        this.node = node;
    }

    public static BillcomRecord of(MirrorRow row) {
        try {
            JsonNode node = Json.mapper().readTree(row.json());
            return new BillcomRecord(row.kind(), node != null && node.isObject() ? node
                    : Json.mapper().createObjectNode());
        } catch (JsonProcessingException e) {
            return new BillcomRecord(row.kind(), Json.mapper().createObjectNode());
        }
    }

    /** A display name; empty when Bill.com gave none. */
    public Optional<String> name() {
        return switch (kind) {
            case EMPLOYEES -> {
                String full = (text("firstName").orElse("") + " " + text("lastName").orElse("")).trim();
                yield full.isEmpty() ? text("shortName") : Optional.of(full);
            }
            case FUNDING_ACCOUNTS -> {
                Optional<String> bank = text("bankName");
                Optional<String> owner = text("nameOnAccount");
                if (bank.isPresent() && owner.isPresent()) {
                    yield Optional.of(bank.get() + " - " + owner.get());
                }
                yield bank.or(() -> owner).or(() -> text("name"));
            }
            default -> text("name");
        };
    }

    public boolean archived() {
        JsonNode value = node.get("archived");
        return value != null && value.asBoolean(false);
    }

    public Optional<String> parentId() {
        return text("parentId");
    }

    /** The chart-of-accounts number ({@code account.number}). */
    public Optional<String> accountNumber() {
        return nested("account", "number");
    }

    /** The chart-of-accounts type ({@code account.type}), or a funding account's {@code type}. */
    public Optional<String> accountType() {
        return kind == BillcomKind.FUNDING_ACCOUNTS ? text("type") : nested("account", "type");
    }

    /** What the mapping routes show besides id, name and archived. */
    public ObjectNode details() {
        ObjectNode details = Json.mapper().createObjectNode();
        switch (kind) {
            case ACCOUNTS -> {
                accountNumber().ifPresent(v -> details.put("number", v));
                accountType().ifPresent(v -> details.put("type", v));
                parentId().ifPresent(v -> details.put("parent_id", v));
            }
            case FUNDING_ACCOUNTS -> {
                accountType().ifPresent(v -> details.put("type", v));
                text("status").ifPresent(v -> details.put("status", v));
                // The chart-of-accounts row Bill.com posts this bank account to: lets a bookkeeper map the
                // funding account to the ledger account already mapped to that row.
                text("chartOfAccountId").ifPresent(v -> details.put("chart_of_account_id", v));
            }
            default -> parentId().ifPresent(v -> details.put("parent_id", v));
        }
        return details;
    }

    /** The kind's attribute fields, snake_case, for a ledger record created from this row. */
    public ObjectNode attributes() {
        ObjectNode out = Json.mapper().createObjectNode();
        for (String field : ATTRIBUTES.getOrDefault(kind, List.of())) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                out.set(snake(field), snakeKeys(value));
            }
        }
        return out;
    }

    private Optional<String> text(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim()) : Optional.empty();
    }

    private Optional<String> nested(String object, String field) {
        JsonNode parent = node.get(object);
        if (parent == null || !parent.isObject()) {
            return Optional.empty();
        }
        JsonNode value = parent.get(field);
        return value != null && value.isValueNode() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim()) : Optional.empty();
    }

    private static JsonNode snakeKeys(JsonNode value) {
        if (!value.isObject()) {
            return value.deepCopy();
        }
        ObjectNode out = Json.mapper().createObjectNode();
        value.properties().forEach(e -> out.set(snake(e.getKey()), snakeKeys(e.getValue())));
        return out;
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
