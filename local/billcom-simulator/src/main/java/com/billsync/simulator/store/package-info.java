/**
 * Internal: the simulator's per-organization data (Bill.com v3 JSON objects keyed by id), id generation and
 * Bill.com timestamp formats. Stored nodes are never mutated in place: every change stores a new copy, so a
 * request can serialize a node it read without locking.
 */
package com.billsync.simulator.store;
