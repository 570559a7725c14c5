package com.billsync.simulator.store;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Everything one simulated organization holds. Objects are keyed by their id (or, for malformed objects stored
 * raw without an id, by a synthetic key) and replaced, never mutated, on every write.
 */
public final class OrgData {
    private final String orgId;
    private final String name;
    private final Clock clock;
    private final Ids ids;
    private final String baseUrl;
    private final Map<SimKind, ConcurrentHashMap<String, ObjectNode>> records = new EnumMap<>(SimKind.class);
    private final ConcurrentHashMap<String, List<ObjectNode>> documentsByBill = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ObjectNode> documentsById = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<SimUser> users = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, String> paymentGlAccounts = new ConcurrentHashMap<>();
    private final AtomicLong rawKeys = new AtomicLong();

    /**
     * @param baseUrl the simulator's root URL (no trailing slash), used for documents' download links
     */
    public OrgData(String orgId, String name, Clock clock, Ids ids, String baseUrl) {
        this.orgId = orgId;
        this.name = name;
        this.clock = clock;
        this.ids = ids;
        this.baseUrl = baseUrl;
        for (SimKind kind : SimKind.values()) {
            records.put(kind, new ConcurrentHashMap<>());
        }
    }

    public String orgId() {
        return orgId;
    }

    public String name() {
        return name;
    }

    public Instant now() {
        return clock.instant();
    }

    public String nowText() {
        return Timestamps.v3(clock.instant());
    }

    public String newId(String prefix) {
        return ids.next(prefix);
    }

    /** The live map of one kind (key to shared, never-mutated node). */
    public Map<String, ObjectNode> records(SimKind kind) {
        return Collections.unmodifiableMap(records.get(kind));
    }

    public Optional<ObjectNode> find(SimKind kind, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(records.get(kind).get(key));
    }

    /** Stores a complete object that already carries its id (the generator's path). */
    public void store(SimKind kind, ObjectNode complete) {
        String id = complete.path("id").asText();
        ids.reserve(id);
        records.get(kind).put(id, complete);
    }

    /**
     * Creates an object from the given fields: a new id with the kind's prefix, {@code archived:false} unless
     * given, and created/updated times from the clock. Returns the stored node.
     */
    public ObjectNode insert(SimKind kind, ObjectNode fields) {
        ObjectNode node = Json.object();
        String id = ids.next(kind.idPrefix());
        node.put("id", id);
        node.put("archived", false);
        fields.properties().forEach(e -> {
            if (!e.getKey().equals("id")) {
                node.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        String now = nowText();
        node.put("createdTime", now);
        node.put("updatedTime", now);
        records.get(kind).put(id, node);
        return node;
    }

    /** Stores any JSON as-is. Keyed by its textual {@code id}, else by a synthetic key, which is returned. */
    public String putRaw(SimKind kind, ObjectNode raw) {
        JsonNode id = raw.get("id");
        String key = id != null && id.isTextual() && !id.asText().isEmpty()
                ? id.asText()
                : "~raw-" + rawKeys.incrementAndGet();
        ids.reserve(key);
        records.get(kind).put(key, raw.deepCopy());
        return key;
    }

    /**
     * Applies a mutation to a copy of the object and stores the copy atomically. {@code updatedTime} moves to the
     * clock's now when the object changed, or always when {@code alwaysBump}. A mutation that throws changes nothing.
     *
     * @throws NoSuchElementException when there is no such object
     */
    public Change update(SimKind kind, String key, Consumer<ObjectNode> mutation, boolean alwaysBump) {
        Change[] result = new Change[1];
        records.get(kind).computeIfPresent(key, (k, before) -> {
            ObjectNode after = before.deepCopy();
            mutation.accept(after);
            if (!alwaysBump && after.equals(before)) {
                result[0] = new Change(before, before);
                return before;
            }
            after.put("updatedTime", nowText());
            result[0] = new Change(before, after);
            return after;
        });
        if (result[0] == null) {
            throw new NoSuchElementException(kind + " " + key + " not found in organization " + orgId);
        }
        return result[0];
    }

    public SimUser addUser(String email, String password) {
        if (email == null || email.isBlank() || password == null) {
            throw new IllegalArgumentException("a user needs an email and a password");
        }
        synchronized (users) {
            if (findUser(email).isPresent()) {
                throw new IllegalArgumentException("user " + email + " already exists in " + orgId);
            }
            SimUser user = new SimUser(ids.next("006"), email, password);
            users.add(user);
            return user;
        }
    }

    public List<SimUser> users() {
        return List.copyOf(users);
    }

    /** Emails compare case-insensitively, passwords exactly. */
    public Optional<SimUser> authenticate(String email, String password) {
        return findUser(email).filter(u -> u.password().equals(password));
    }

    private Optional<SimUser> findUser(String email) {
        String wanted = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return users.stream().filter(u -> u.email().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Attaches a document to a bill (the bill need not exist, so tests can build broken data). */
    public ObjectNode addDocument(String billId, String documentName, Instant created) {
        String id = ids.next("00h");
        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("name", documentName);
        doc.put("createdTime", Timestamps.v3(created));
        doc.put("downloadLink", baseUrl + "/v3/documents/" + id + "/download");
        documentsById.put(id, doc);
        documentsByBill.merge(billId, List.of(doc), (a, b) -> {
            var merged = new java.util.ArrayList<>(a);
            merged.addAll(b);
            return List.copyOf(merged);
        });
        return doc;
    }

    public List<ObjectNode> documents(String billId) {
        return documentsByBill.getOrDefault(billId, List.of());
    }

    public Optional<ObjectNode> document(String documentId) {
        return Optional.ofNullable(documentsById.get(documentId));
    }

    /** The GL account a payment posts to (what v2 SentPay reports as {@code chartOfAccountId}). */
    public void setPaymentGlAccount(String paymentId, String chartOfAccountId) {
        paymentGlAccounts.put(paymentId, chartOfAccountId);
    }

    public Optional<String> paymentGlAccount(String paymentId) {
        return Optional.ofNullable(paymentGlAccounts.get(paymentId));
    }
}
