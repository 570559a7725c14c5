package com.billsync.simulator.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The active records bills and credits may reference. */
record Refs(List<ObjectNode> vendors, List<ObjectNode> activeVendors, CoaGenerator.Coa coa, List<ObjectNode> items,
            List<ObjectNode> departments, List<ObjectNode> jobs, List<ObjectNode> locations,
            List<ObjectNode> classes, List<ObjectNode> employees, List<ObjectNode> customers, String createdBy,
            List<String> approverIds) {

    /** Items a bill line can buy (sales-tax groups are not bought). */
    List<ObjectNode> lineItems() {
        return items.stream().filter(i -> !i.path("type").asText().equals("SALES_TAX_GROUP")).toList();
    }

    static List<ObjectNode> active(List<ObjectNode> all) {
        return all.stream().filter(n -> !n.path("archived").asBoolean()).toList();
    }
}
