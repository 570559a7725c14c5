/**
 * The steps of SPEC §5: master data (vendors, funding accounts, accounts, items, customers, classifications),
 * bills, vendor credits and vendor payments, each a {@link com.billsync.sync.StepHandler}; {@link
 * com.billsync.sync.steps.Steps#handlers} is the registry the engine runs them from.
 */
package com.billsync.sync.steps;
