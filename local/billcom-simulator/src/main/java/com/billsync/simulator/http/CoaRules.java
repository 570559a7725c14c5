package com.billsync.simulator.http;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.AccountTypes;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * What a chart-of-accounts write may contain: a non-blank {@code name} (BDC_1117), an {@code account.type} from
 * {@link AccountTypes} (BDC_1117 missing, BDC_1119 unknown) and a {@code parentId} naming an existing account
 * that is not the account itself or one of its descendants (BDC_1119). Other fields are ignored.
 */
final class CoaRules {
    private CoaRules() {
    }

    /** The stored fields of a new account, in Bill.com's order. */
    static ObjectNode forCreate(OrgData org, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BdcError.JSON_PARSE.exception();
        }
        ObjectNode fields = Json.object();
        fields.put("name", requiredName(body.get("name")));
        String description = Json.text(body, "description");
        if (description != null) {
            fields.put("description", description);
        }
        String parentId = Json.text(body, "parentId");
        if (parentId != null && !parentId.isBlank()) {
            fields.put("parentId", existingParent(org, null, parentId));
        }
        JsonNode account = body.get("account");
        String type = account == null ? null : Json.text(account, "type");
        if (type == null || type.isBlank()) {
            throw BdcError.MISSING_DATA.exception("account.type");
        }
        ObjectNode out = fields.putObject("account");
        out.put("type", validType(type));
        String number = Json.text(account, "number");
        if (number != null) {
            out.put("number", number);
        }
        return fields;
    }

    /** Applies a PATCH body to a copy of the stored account; fields absent from the body stay as they are. */
    static void patch(OrgData org, String id, ObjectNode target, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BdcError.JSON_PARSE.exception();
        }
        if (body.has("name")) {
            target.put("name", requiredName(body.get("name")));
        }
        if (body.has("description")) {
            String description = Json.text(body, "description");
            if (description == null) {
                target.remove("description");
            } else {
                target.put("description", description);
            }
        }
        if (body.has("parentId")) {
            String parentId = Json.text(body, "parentId");
            if (parentId == null || parentId.isBlank()) {
                target.remove("parentId");
            } else {
                target.put("parentId", existingParent(org, id, parentId));
            }
        }
        JsonNode account = body.get("account");
        if (account != null && account.isObject()) {
            ObjectNode stored = target.has("account") && target.get("account").isObject()
                    ? (ObjectNode) target.get("account")
                    : target.putObject("account");
            if (account.has("type")) {
                String type = Json.text(account, "type");
                if (type == null || type.isBlank()) {
                    throw BdcError.MISSING_DATA.exception("account.type");
                }
                stored.put("type", validType(type));
            }
            if (account.has("number")) {
                String number = Json.text(account, "number");
                if (number == null) {
                    stored.remove("number");
                } else {
                    stored.put("number", number);
                }
            }
        }
    }

    private static String requiredName(JsonNode name) {
        if (name == null || !name.isValueNode() || name.isNull() || name.asText().isBlank()) {
            throw BdcError.MISSING_DATA.exception("name");
        }
        return name.asText();
    }

    private static String validType(String type) {
        if (!AccountTypes.ALL.contains(type)) {
            throw BdcError.INVALID_FIELD_VALUE.exception("account.type", type);
        }
        return type;
    }

    private static String existingParent(OrgData org, String selfId, String parentId) {
        Set<String> seen = new HashSet<>();
        String cursor = parentId;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(selfId)) {
                throw BdcError.INVALID_FIELD_VALUE.exception("parentId", parentId);
            }
            JsonNode account = org.find(SimKind.CHART_OF_ACCOUNT, cursor).orElse(null);
            if (account == null) {
                if (cursor.equals(parentId)) {
                    throw BdcError.INVALID_FIELD_VALUE.exception("parentId", parentId);
                }
                break;
            }
            cursor = Json.text(account, "parentId");
        }
        return parentId;
    }
}
