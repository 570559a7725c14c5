package com.billsync.simulator;

import com.billsync.simulator.store.OrgData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One simulated Bill.com organization: the ground truth tests compare against and mutate. Every object handed
 * out is a deep copy of the exact v3 JSON the API serves; changing it changes nothing until passed back.
 */
public final class SimOrg {
    private final OrgData data;

    SimOrg(OrgData data) {
        this.data = data;
    }

    /** The organization id ({@code 008…}) a client logs in with. */
    public String organizationId() {
        return data.orgId();
    }

    public String name() {
        return data.name();
    }

    public SimUser addUser(String email, String password) {
        return data.addUser(email, password);
    }

    public List<SimUser> users() {
        return data.users();
    }

    /** All objects of a kind, archived ones included, ordered by id. */
    public List<ObjectNode> list(SimKind kind) {
        return data.records(kind).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().deepCopy())
                .toList();
    }

    public Optional<ObjectNode> get(SimKind kind, String id) {
        return data.find(kind, id).map(ObjectNode::deepCopy);
    }

    /**
     * Changes an object as Bill.com's own users would; {@code updatedTime} moves to the clock's now.
     *
     * @throws java.util.NoSuchElementException when there is no such object
     */
    public ObjectNode update(SimKind kind, String id, Consumer<ObjectNode> mutation) {
        return data.update(kind, id, mutation, true).after().deepCopy();
    }

    /** Archives (idempotent: archiving an archived object changes nothing, not even updatedTime). */
    public ObjectNode archive(SimKind kind, String id) {
        return data.update(kind, id, node -> setArchived(node, true), false).after().deepCopy();
    }

    public ObjectNode restore(SimKind kind, String id) {
        return data.update(kind, id, node -> setArchived(node, false), false).after().deepCopy();
    }

    /** Marks a bill APPROVED and every approver as having approved. */
    public ObjectNode approveBill(String billId) {
        return data.update(SimKind.BILL, billId, bill -> {
            String now = data.nowText();
            bill.put("approvalStatus", "APPROVED");
            JsonNode approvers = bill.get("approvers");
            if (approvers != null && approvers.isArray()) {
                for (JsonNode approver : approvers) {
                    if (approver instanceof ObjectNode a && !"APPROVED".equals(a.path("status").asText())) {
                        a.put("status", "APPROVED");
                        a.put("statusChangedTime", now);
                    }
                }
            }
        }, true).after().deepCopy();
    }

    /** Creates an object: a new id with the kind's prefix, {@code archived:false}, created/updated times. */
    public ObjectNode create(SimKind kind, ObjectNode fields) {
        return data.insert(kind, fields).deepCopy();
    }

    /**
     * Stores arbitrary, even malformed, JSON exactly as given, for tests of a client's handling of bad data.
     * Returns the key it is stored under: its textual {@code id}, else a synthetic key.
     */
    public String putRaw(SimKind kind, ObjectNode raw) {
        return data.putRaw(kind, raw);
    }

    /** Attaches a document to a bill; returns {@code {id,name,createdTime,downloadLink}}. */
    public ObjectNode addBillDocument(String billId, String documentName) {
        return data.addDocument(billId, documentName, data.now()).deepCopy();
    }

    /** A bill's documents, ordered by id (the order the API pages them in). */
    public List<ObjectNode> billDocuments(String billId) {
        return data.documents(billId).stream()
                .sorted(Comparator.comparing((ObjectNode d) -> d.path("id").asText()))
                .map(ObjectNode::deepCopy)
                .toList();
    }

    static void setArchived(ObjectNode node, boolean archived) {
        node.put("archived", archived);
        if (node.has("recordStatus")) {
            node.put("recordStatus", archived ? "INACTIVE" : "ACTIVE");
        }
    }

    OrgData data() {
        return data;
    }
}
