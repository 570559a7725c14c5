package com.billsync.integration;

import java.util.Objects;

/** What Bill.com said to a login. */
public sealed interface AuthOutcome {

    /** Signed in; the session is stored for later calls (never returned here). */
    record Authenticated() implements AuthOutcome {
    }

    /** Bill.com rejected the credentials, e.g. {@code BDC_1101} (user/password) or {@code BDC_1102} (dev key). */
    record Rejected(String billcomCode, String billcomMessage) implements AuthOutcome {
        public Rejected {
            Objects.requireNonNull(billcomCode, "billcomCode");
            Objects.requireNonNull(billcomMessage, "billcomMessage");
        }
    }

    /** Bill.com could not be asked (down, rate-limited, timed out): nothing can be said about the credentials. */
    record Unavailable(String reason) implements AuthOutcome {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
