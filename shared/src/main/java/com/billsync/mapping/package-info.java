/**
 * The integration's mirror of Bill.com records ({@link com.billsync.mapping.MirrorStore}, filled by the sync
 * engine, one row per kind and Bill.com id with a content hash) and the mappings between mirrored rows and
 * ledger records, kept in both directions so a ledger record maps to at most one Bill.com row per kind.
 */
package com.billsync.mapping;
