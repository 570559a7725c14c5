/**
 * Internal: the deterministic organization generator. One seeded random source, consumed in a fixed order, so
 * the same seed and clock give the same organization; the data is consistent across kinds (bills reference
 * existing vendors, accounts, items and dimensions; payment and credit amounts add up on their bills).
 */
package com.billsync.simulator.generate;
