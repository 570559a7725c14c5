package com.billsync.sync.steps;

import com.billsync.billcom.BillcomException;
import com.billsync.billcom.V2Filter;
import com.billsync.billcom.V2ListQuery;
import com.billsync.billcom.model.V2SentPay;
import com.billsync.sync.StepContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GL account of payments whose funding bank has no {@code chartOfAccountId} in v3, read from legacy v2
 * ({@code List/SentPay.json}), with as few calls as v2 allows. In a first listing such payments are many: one
 * listing of the bank's sent payments, 999 a call, answers them all, where one call per page of 100 would cost
 * ten times as many. What that does not answer (a payment made since, one without a bank, a v2 that refuses the
 * filter) costs one call per page with an {@code id in [...]} filter, which is also all an incremental listing
 * uses: its changed payments are few. One instance per invocation of the step (its page chains share it, one at a
 * time); nothing it holds is durable.
 */
final class SentPayAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(SentPayAccounts.class);
    /** v2's "no id". */
    private static final String NO_ID = "00000000000000000000";

    private final boolean byBank;
    private final Map<String, Map<String, String>> loaded = new HashMap<>();
    private boolean bankFilterRefused;

    /** @param byBank list a bank's sent payments in bulk (a first, full listing) */
    SentPayAccounts(boolean byBank) {
        this.byBank = byBank;
    }

    /**
     * @param lacking payment id to its funding bank's id (null: none), for payments whose GL account v3 lacks
     * @return the GL account of each payment v2 knows one for
     */
    synchronized Map<String, String> resolve(StepContext ctx, Map<String, String> lacking) {
        Map<String, String> out = new HashMap<>();
        List<String> rest = new ArrayList<>();
        lacking.forEach((payment, bank) -> {
            String gl = byBank && bank != null && !bankFilterRefused
                    ? loaded.computeIfAbsent(bank, b -> listBank(ctx, b)).get(payment) : null;
            if (gl != null) {
                out.put(payment, gl);
            } else {
                rest.add(payment);
            }
        });
        if (!rest.isEmpty()) {
            // One more than asked for, so a full answer is a short page and ends the listing without a second call.
            V2ListQuery query = V2ListQuery.all().and(new V2Filter("id", "in", String.join(",", rest)))
                    .withPageSize(Math.min(V2ListQuery.MAX_PAGE_SIZE, rest.size() + 1));
            ctx.billcom().v2().listSentPays(query).remainingRecords().forEach(sent -> glOf(sent)
                    .ifPresent(gl -> out.put(sent.id(), gl)));
        }
        return out;
    }

    private Map<String, String> listBank(StepContext ctx, String bank) {
        Map<String, String> gl = new HashMap<>();
        try {
            V2ListQuery query = V2ListQuery.all().and(V2Filter.eq("bankAccountId", bank))
                    .withPageSize(V2ListQuery.MAX_PAGE_SIZE);
            ctx.billcom().v2().listSentPays(query).remainingRecords().forEach(sent -> glOf(sent)
                    .ifPresent(account -> gl.put(sent.id(), account)));
        } catch (BillcomException.Rejected refused) {
            // The filter is our reading of v2 (UNCONFIRMED); if Bill.com refuses it, the per-page calls still work.
            LOG.warn("v2 refused listing sent payments by bank ({}); reading them page by page", refused.getMessage());
            bankFilterRefused = true;
        }
        return gl;
    }

    private static Optional<String> glOf(V2SentPay sent) {
        String account = sent.chartOfAccountId();
        return account == null || account.isBlank() || NO_ID.equals(account) ? Optional.empty() : Optional.of(account);
    }
}
