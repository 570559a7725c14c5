/**
 * The ledger side: companies (one tenant each), the GL chart of accounts, and the records imported from
 * Bill.com (vendors, customers, items, dimensions, later bills, payments and credits). {@link
 * com.billsync.ledger.LedgerService} enforces tenancy and the ledger's rules; {@link
 * com.billsync.ledger.LedgerStore} is the storage port.
 */
package com.billsync.ledger;
