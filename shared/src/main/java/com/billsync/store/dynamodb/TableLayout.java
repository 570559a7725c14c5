package com.billsync.store.dynamodb;

import com.billsync.ledger.LedgerKind;
import com.billsync.mapping.BillcomKind;
import com.billsync.runs.SyncStep;

/**
 * The one place that knows the table's key layout. Generic keys {@code pk}/{@code sk}, two global secondary
 * indexes, one table for everything:
 *
 * <pre>
 * item                         pk                   sk                              gsi1pk / gsi1sk
 * company                      COMPANY#&lt;c&gt;          #META                           TENANT#&lt;t&gt; / COMPANY#&lt;c&gt;
 * GL account, other record     COMPANY#&lt;c&gt;          LEDGER#&lt;kind&gt;#&lt;ledgerId&gt;
 * Bill.com id → ledger id      COMPANY#&lt;c&gt;          BCID#&lt;kind&gt;#&lt;billcomId&gt;          (re-imports never duplicate)
 * account number guard         COMPANY#&lt;c&gt;          ACCTNUM#&lt;number&gt;                 (unique numbers)
 * company → integration guard  COMPANY#&lt;c&gt;          INTEGRATION                      (one integration per company)
 * integration                  INTEG#&lt;i&gt;            #META                           TENANT#&lt;t&gt; / INTEG#&lt;c&gt;#&lt;i&gt;
 * mirror row                   INTEG#&lt;i&gt;            MIRROR#&lt;kind&gt;#&lt;billcomId&gt;       (+ hash)
 * mapping Bill.com → ledger    INTEG#&lt;i&gt;            MAP#&lt;kind&gt;#&lt;billcomId&gt;
 * mapping ledger → Bill.com    INTEG#&lt;i&gt;            RMAP#&lt;kind&gt;#&lt;ledgerId&gt;
 * sync run                     INTEG#&lt;i&gt;            RUN#&lt;runId&gt;                     (run ids sort by time)
 * errors-log entry             INTEG#&lt;i&gt;            ERR#&lt;runId|eventId&gt;#...          (+ expires_at TTL)
 * cursor                       INTEG#&lt;i&gt;            CURSOR#&lt;step&gt;
 * pulled marker                INTEG#&lt;i&gt;            PULLED#&lt;step&gt;
 * step checkpoint              INTEG#&lt;i&gt;            CKPT#&lt;runId&gt;#&lt;step&gt;           (+ expires_at TTL)
 * skipped record (to retry)    INTEG#&lt;i&gt;            SKIP#&lt;kind&gt;#&lt;billcomId&gt;
 * invoice guard (duplicates)   COMPANY#&lt;c&gt;          INVOICE#&lt;ledgerVendorId&gt;#&lt;invoice&gt;
 * COA create intent            INTEG#&lt;i&gt;            COAINTENT#&lt;ledgerAccountId&gt;        (until the row is mapped)
 * COA plan approval (one-shot) INTEG#&lt;i&gt;            COAAPPROVAL
 * COA run record               INTEG#&lt;i&gt;            COARUN#&lt;runId&gt;#SUMMARY
 * COA planned mutation         INTEG#&lt;i&gt;            COARUN#&lt;runId&gt;#PLAN#&lt;00000&gt;        (plan order)
 * COA applied mutation         INTEG#&lt;i&gt;            COARUN#&lt;runId&gt;#DONE#&lt;millis&gt;#&lt;seq&gt;#... (audit trail)
 * </pre>
 *
 * <p>Access patterns: a tenant's companies and integrations (GSI1, {@code begins_with} on {@code gsi1sk};
 * {@code INTEG#<c>#} narrows to one company); a company's records of a kind ({@code begins_with LEDGER#<kind>#});
 * an integration's mirror, mappings, runs (newest first: descending), errors (newest first) and cursors by
 * prefix. The "due" index ({@code due_shard}, {@code next_sync_at}) is sparse: only integrations that are
 * connected, setup-complete and on auto-sync carry {@code due_shard}; it is spread over {@link #DUE_SHARDS}
 * partitions so the planner queries {@code next_sync_at <= now} per shard, never scanning. Mutable items carry
 * {@code version}; errors-log entries carry {@code expires_at} (epoch seconds, the table's TTL attribute).
 */
public final class TableLayout {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String DUE_INDEX = "due";
    public static final String DUE_SHARD = "due_shard";
    public static final String NEXT_SYNC_AT = "next_sync_at";
    public static final String VERSION = "version";
    public static final String EXPIRES_AT = "expires_at";
    /** The entity type of an item, for people reading the table. */
    public static final String ENTITY = "entity";
    public static final int DUE_SHARDS = 8;

    public static final String META = "#META";
    public static final String COMPANY_INTEGRATION = "INTEGRATION";

    private TableLayout() {
    }

    public static String tenant(String tenantId) {
        return "TENANT#" + tenantId;
    }

    public static String company(String companyId) {
        return "COMPANY#" + companyId;
    }

    public static String companyIndexPrefix() {
        return "COMPANY#";
    }

    public static String ledger(LedgerKind kind, String ledgerId) {
        return ledgerPrefix(kind) + ledgerId;
    }

    public static String ledgerPrefix(LedgerKind kind) {
        return "LEDGER#" + kind.slug() + "#";
    }

    public static String billcomLookup(LedgerKind kind, String billcomId) {
        return "BCID#" + kind.slug() + "#" + billcomId;
    }

    public static String accountNumber(String number) {
        return "ACCTNUM#" + number;
    }

    public static String integration(String integrationId) {
        return "INTEG#" + integrationId;
    }

    public static String integrationIndexKey(String companyId, String integrationId) {
        return integrationIndexPrefix(companyId) + integrationId;
    }

    /** {@code INTEG#<c>#} for one company's integrations, {@code INTEG#} for all of a tenant's. */
    public static String integrationIndexPrefix(String companyIdOrNull) {
        return companyIdOrNull == null ? "INTEG#" : "INTEG#" + companyIdOrNull + "#";
    }

    public static String mirror(BillcomKind kind, String billcomId) {
        return mirrorPrefix(kind) + billcomId;
    }

    public static String mirrorPrefix(BillcomKind kind) {
        return "MIRROR#" + kind.slug() + "#";
    }

    public static String mapping(BillcomKind kind, String billcomId) {
        return mappingPrefix(kind) + billcomId;
    }

    public static String mappingPrefix(BillcomKind kind) {
        return "MAP#" + kind.slug() + "#";
    }

    public static String reverseMapping(BillcomKind kind, String ledgerId) {
        return "RMAP#" + kind.slug() + "#" + ledgerId;
    }

    public static String run(String runId) {
        return runPrefix() + runId;
    }

    public static String runPrefix() {
        return "RUN#";
    }

    public static String error(String entryId) {
        return errorPrefix() + entryId;
    }

    public static String errorPrefix() {
        return "ERR#";
    }

    public static String cursor(SyncStep step) {
        return cursorPrefix() + step.wire();
    }

    public static String cursorPrefix() {
        return "CURSOR#";
    }

    public static String pulled(SyncStep step) {
        return "PULLED#" + step.wire();
    }

    /** A step's checkpoint within a run. */
    public static String checkpoint(String runId, SyncStep step) {
        return "CKPT#" + runId + "#" + step.wire();
    }

    /** A record a step skipped and later runs evaluate again. */
    public static String skip(BillcomKind kind, String billcomId) {
        return skipPrefix(kind) + billcomId;
    }

    public static String skipPrefix(BillcomKind kind) {
        return "SKIP#" + kind.slug() + "#";
    }

    /** Which Bill.com bill holds a (ledger vendor, invoice number) pair of the company. */
    public static String invoiceGuard(String ledgerVendorId, String invoiceKey) {
        return "INVOICE#" + ledgerVendorId + "#" + invoiceKey;
    }

    /** A chart-of-accounts create recorded before it is sent to Bill.com. */
    public static String coaIntent(String ledgerAccountId) {
        return coaIntentPrefix() + ledgerAccountId;
    }

    public static String coaIntentPrefix() {
        return "COAINTENT#";
    }

    /** The integration's one-shot approval of a chart-of-accounts plan. */
    public static String coaApproval() {
        return "COAAPPROVAL";
    }

    /** Everything alignment recorded in a run: its record, its plan, its applied mutations. */
    public static String coaRunPrefix(String runId) {
        return "COARUN#" + runId + "#";
    }

    public static String coaRunSummary(String runId) {
        return coaRunPrefix(runId) + "SUMMARY";
    }

    public static String coaRunPlanPrefix(String runId) {
        return coaRunPrefix(runId) + "PLAN#";
    }

    /** The {@code index}-th planned mutation of a run. */
    public static String coaRunPlanned(String runId, int index) {
        return coaRunPlanPrefix(runId) + String.format("%05d", index);
    }

    public static String coaRunAppliedPrefix(String runId) {
        return coaRunPrefix(runId) + "DONE#";
    }

    /**
     * An applied mutation of a run: sorts by when and in which order it was applied; the action and account make
     * it unique across attempts of the run.
     */
    public static String coaRunApplied(String runId, java.time.Instant at, int sequence, String action,
                                       String ledgerAccountId) {
        return coaRunAppliedPrefix(runId) + String.format("%013d#%05d#", at.toEpochMilli(), sequence) + action + "#"
                + ledgerAccountId;
    }

    /** The due-index partition of an integration: stable, spread evenly. */
    public static String dueShard(String integrationId) {
        return "DUE#" + Math.floorMod(integrationId.hashCode(), DUE_SHARDS);
    }

    /** Every due-index partition, for the planner. */
    public static java.util.List<String> dueShards() {
        return java.util.stream.IntStream.range(0, DUE_SHARDS).mapToObj(i -> "DUE#" + i).toList();
    }
}
