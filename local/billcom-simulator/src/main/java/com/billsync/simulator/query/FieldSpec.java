package com.billsync.simulator.query;

import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a list endpoint filters and sorts on, each with its type and where its values live in an object.
 * Dotted names reach into nested objects; arrays fan out, so a field can hold several values (a bill's
 * {@code classifications.departmentId} is its header's and every line's).
 */
public final class FieldSpec {
    /** One filterable field: its type and the JSON paths it reads (any value on any path counts). */
    public record Field(String name, FieldType type, List<String[]> paths) {
        public List<JsonNode> values(JsonNode node) {
            if (paths.size() == 1 && paths.get(0).length == 1) {
                // Most fields are one top-level property: skip the general walk.
                JsonNode value = node.get(paths.get(0)[0]);
                if (value == null || value.isNull() || value.isMissingNode()) {
                    return List.of();
                }
                if (!value.isArray()) {
                    return List.of(value);
                }
            }
            List<JsonNode> out = new ArrayList<>(2);
            for (String[] path : paths) {
                collect(node, path, 0, out);
            }
            return out;
        }

        private static void collect(JsonNode node, String[] path, int depth, List<JsonNode> out) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return;
            }
            if (node.isArray()) {
                node.forEach(element -> collect(element, path, depth, out));
                return;
            }
            if (depth == path.length) {
                out.add(node);
                return;
            }
            collect(node.get(path[depth]), path, depth + 1, out);
        }
    }

    private final Map<String, Field> fields;

    private FieldSpec(Map<String, Field> fields) {
        this.fields = Map.copyOf(fields);
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** This spec minus some fields (e.g. ones an organization does not expose). */
    public FieldSpec without(String... names) {
        Map<String, Field> kept = new LinkedHashMap<>(fields);
        for (String name : names) {
            kept.remove(name);
        }
        return new FieldSpec(kept);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The v3 list fields of a kind: id, archived, createdTime, updatedTime and the kind's own. */
    public static FieldSpec v3(SimKind kind) {
        Builder b = builder().string("id").bool("archived").timestamp("createdTime").timestamp("updatedTime");
        switch (kind) {
            case VENDOR -> b.string("name", "shortName", "accountType", "email", "billCurrency", "networkStatus",
                    "paymentStatus", "address.country", "address.stateOrProvince");
            case CUSTOMER -> b.string("name", "email", "companyName", "accountType", "invoiceCurrency",
                    "paymentStatus", "billingAddress.country");
            case BILL -> {
                b.string("vendorId", "vendorName", "paymentStatus", "approvalStatus", "payFromChartOfAccountId",
                        "recordStatus", "invoice.invoiceNumber").date("dueDate", "invoice.invoiceDate")
                        .number("amount", "dueAmount", "paidAmount");
                for (String c : List.of("chartOfAccountId", "accountingClassId", "departmentId", "employeeId",
                        "jobId", "locationId", "itemId", "customerId")) {
                    b.add("classifications." + c, FieldType.STRING, "classifications." + c,
                            "billLineItems.classifications." + c);
                }
            }
            case VENDOR_CREDIT -> b.string("vendorId", "status", "referenceNumber", "applyToChartOfAccountId",
                    "usage.billId").date("creditDate").number("amount", "appliedAmount");
            case PAYMENT -> b.string("vendorId", "billId", "status", "singleStatus", "disbursementType",
                    "fundingAccount.id", "fundingAccount.type", "billPayments.billId").date("processDate")
                    .number("amount");
            case BANK_ACCOUNT -> b.string("status", "type", "ownerType", "bankName", "nameOnAccount",
                    "chartOfAccountId").bool("accessToAdmins");
            case CHART_OF_ACCOUNT -> b.string("name", "description", "parentId", "account.type", "account.number");
            case ITEM -> b.string("name", "shortName", "type", "parentId", "chartOfAccountId",
                    "expenseChartOfAccountId").number("price");
            case DEPARTMENT, JOB, LOCATION, ACCOUNTING_CLASS -> b.string("name", "shortName", "parentId");
            case EMPLOYEE -> b.string("firstName", "lastName", "shortName", "parentId");
            default -> throw new IllegalStateException("no list fields for " + kind);
        }
        return b.build();
    }

    /** Bill documents page by id only (they take no filters or sort). */
    public static FieldSpec documents() {
        return builder().string("id").timestamp("createdTime").build();
    }

    /** Collects fields; each name reads the path of the same name unless paths are given. */
    public static final class Builder {
        private final Map<String, Field> fields = new LinkedHashMap<>();

        public Builder add(String name, FieldType type, String... paths) {
            String[] sources = paths.length == 0 ? new String[] {name} : paths;
            List<String[]> split = new ArrayList<>();
            for (String p : sources) {
                split.add(p.split("\\."));
            }
            fields.put(name, new Field(name, type, List.copyOf(split)));
            return this;
        }

        public Builder string(String... names) {
            return all(FieldType.STRING, names);
        }

        public Builder timestamp(String... names) {
            return all(FieldType.TIMESTAMP, names);
        }

        public Builder date(String... names) {
            return all(FieldType.DATE, names);
        }

        public Builder bool(String... names) {
            return all(FieldType.BOOLEAN, names);
        }

        public Builder number(String... names) {
            return all(FieldType.NUMBER, names);
        }

        private Builder all(FieldType type, String... names) {
            for (String n : names) {
                add(n, type);
            }
            return this;
        }

        public FieldSpec build() {
            return new FieldSpec(fields);
        }
    }
}
