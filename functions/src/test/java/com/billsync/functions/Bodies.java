package com.billsync.functions;

import com.billsync.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies for the API tests. */
final class Bodies {

    private Bodies() {
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    static String company(String name) {
        return object().put("name", name).put("base_currency", "USD").toString();
    }

    static String account(String number, String name, String type) {
        return object().put("number", number).put("name", name).put("type", type).toString();
    }

    static ObjectNode connect(String companyId, ApiFixture.BillcomOrg org) {
        return object().put("company_id", companyId).put("username", org.username())
                .put("password", org.password()).put("organization_id", org.id())
                .put("dev_key", ApiFixture.DEV_KEY).put("display_name", "Main Bill.com org")
                .put("cutoff_date", "2025-01-01");
    }
}
