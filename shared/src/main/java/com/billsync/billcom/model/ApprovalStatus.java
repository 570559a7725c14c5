package com.billsync.billcom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * A bill's approval state, the same for the v3 and the legacy v2 API.
 *
 * <p>v3 sends names ({@code ASSIGNED}, {@code APPROVED}, ...). v2 sends numeric codes; the table used here is
 * the one in billcom-api.md §5 (from a third-party v2 client, UNCONFIRMED by Bill.com):
 * <pre>
 *   "0" UNASSIGNED   "1" ASSIGNED   "4" APPROVING   "3" APPROVED   "5" DENIED
 * </pre>
 * Another third-party file swaps 3 and 4; if the sandbox shows that, only {@link #fromV2Code} changes.
 * Any value not in these tables maps to {@link #UNKNOWN} so the sync engine treats the bill as not approved.
 */
public enum ApprovalStatus {
    UNASSIGNED,
    ASSIGNED,
    APPROVING,
    APPROVED,
    DENIED,
    /** Bill.com's own "no approval state" value. */
    UNDEFINED,
    /** A value this client does not know. */
    UNKNOWN;

    /** Maps a v3 {@code approvalStatus} string; {@code null} (not reported) stays {@code null}. */
    @JsonCreator
    public static ApprovalStatus fromV3(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Maps a v2 numeric {@code approvalStatus} code; {@code null} (not reported) stays {@code null}. */
    public static ApprovalStatus fromV2Code(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim()) {
            case "0" -> UNASSIGNED;
            case "1" -> ASSIGNED;
            case "4" -> APPROVING;
            case "3" -> APPROVED;
            case "5" -> DENIED;
            default -> UNKNOWN;
        };
    }
}
