package com.billsync.sync.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the rules say about one Bill.com transaction. */
sealed interface Verdict {

    /**
     * Import it as this ledger content (name, archived state and attributes; documents are added later).
     *
     * @param invoice the (ledger vendor, invoice key) a bill claims against duplicates; empty for other kinds
     */
    record Import(String name, boolean archived, ObjectNode attributes, Optional<InvoiceKey> invoice)
            implements Verdict {
        public Import {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(attributes, "attributes");
            Objects.requireNonNull(invoice, "invoice");
        }
    }

    /** Do not import it; log each problem. */
    record Skip(List<Problem> problems) implements Verdict {
        public Skip {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a skip needs a reason");
            }
        }

        boolean failed() {
            return problems.stream().anyMatch(Problem::failed);
        }
    }

    /** Archived in Bill.com: archive the ledger record if there is one; import nothing new. */
    record Archived() implements Verdict {
    }

    /** The pair a bill may hold only once per company. */
    record InvoiceKey(String ledgerVendorId, String key) {
        /** Invoice numbers compare without case, surrounding space or repeated inner space. */
        static Optional<InvoiceKey> of(String ledgerVendorId, String invoiceNumber) {
            if (invoiceNumber == null || invoiceNumber.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new InvoiceKey(ledgerVendorId,
                    invoiceNumber.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * Why a record was not imported: an errors-log code and either a finished message or the unmapped
     * references it names (their names are looked up once per page).
     *
     * @param failed the record is unreadable ({@code failed}), rather than waiting for the user ({@code skipped})
     */
    record Problem(String code, boolean failed, String message, List<Ref> refs) {
        public Problem {
            Objects.requireNonNull(code, "code");
            refs = List.copyOf(refs);
        }

        static Problem skipped(String code, String message) {
            return new Problem(code, false, message, List.of());
        }

        static Problem invalid(String message) {
            return new Problem("INVALID_RECORD", true, message, List.of());
        }

        static Problem unmapped(List<Ref> refs) {
            return new Problem(refs.get(0).code(), false, null, refs);
        }
    }
}
