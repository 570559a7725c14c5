/**
 * Chart-of-accounts alignment (SPEC §5): the only place billsync changes Bill.com. The ledger's GL is the source
 * of truth; {@link com.billsync.coa.CoaPlanner} turns the GL, the mirrored Bill.com chart and the mappings into a
 * {@link com.billsync.coa.CoaPlan} (pure, fingerprinted), {@link com.billsync.coa.CoaGuard} refuses plans that
 * would change too much without a one-shot approval, and {@link com.billsync.coa.CoaAligner} runs inside the
 * accounts step: it records the plan ({@code preview}) or applies it with Bill.com's bulk endpoints ({@code
 * apply}), recording an intent before every create so a crashed worker never creates a row twice. {@link
 * com.billsync.coa.CoaAlignmentService} serves the API. Storage is behind {@link com.billsync.coa.CoaStore}.
 */
package com.billsync.coa;
