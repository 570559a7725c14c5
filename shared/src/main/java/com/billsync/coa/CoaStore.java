package com.billsync.coa;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of alignment: create intents, the one-shot approval, and each run's alignment record. */
public interface CoaStore {

    /** Every recorded, not yet cleared create intent of the integration. */
    List<CoaIntent> intents(String integrationId);

    /** Records intents (durably, before the create is sent); recording one again replaces it. */
    void recordIntents(String integrationId, List<CoaIntent> intents);

    void clearIntents(String integrationId, Collection<String> ledgerAccountIds);

    Optional<CoaApproval> approval(String integrationId);

    /** Stores the approval, replacing an earlier one. */
    void approve(String integrationId, CoaApproval approval);

    /** Removes the approval if it is still the one for {@code fingerprint}. */
    void consumeApproval(String integrationId, String fingerprint);

    /** Records the run's alignment and the mutations it planned (replacing what an earlier attempt planned). */
    void recordPlan(String integrationId, CoaRunRecord record, List<CoaMutation> planned);

    /** Replaces the run's alignment record, keeping its plan. */
    void updateRecord(String integrationId, CoaRunRecord record);

    /**
     * Appends applied mutations to the run's audit trail; {@code firstSequence} is the first one's place among
     * what the attempt applied (the trail's order within a millisecond).
     */
    void recordApplied(String integrationId, String runId, int firstSequence, List<CoaEntry> applied);

    Optional<CoaRunReport> run(String integrationId, String runId);
}
