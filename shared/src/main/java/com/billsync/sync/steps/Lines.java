package com.billsync.sync.steps;

import com.billsync.billcom.model.Classifications;
import com.billsync.mapping.BillcomKind;
import com.billsync.sync.Mappings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the classification ids of a bill or credit line to ledger ids: the line's own, else the document's
 * (a header value applies to lines that have none). An account is required; the account, item and every
 * classification dimension given (department, job, location, accounting class, employee) must be mapped. A
 * customer (billable expenses) is not one of SPEC's classifications: it is linked when mapped and otherwise kept
 * as its Bill.com id only, since customers are pulled after bills.
 */
final class Lines {

    /** The mappable kinds a line refers to, in the order their problems are reported. */
    static final BillcomKind[] KINDS = {BillcomKind.ACCOUNTS, BillcomKind.ITEMS, BillcomKind.DEPARTMENTS,
        BillcomKind.JOBS, BillcomKind.LOCATIONS, BillcomKind.ACCOUNTING_CLASSES, BillcomKind.EMPLOYEES,
        BillcomKind.CUSTOMERS};

    private Lines() {
    }

    /**
     * Writes the line's ledger ids into {@code out} ({@code account_id}, {@code item_id}, ...) and adds each
     * reference that is not mapped to {@code missing}. Returns whether the line had an account at all.
     */
    static boolean resolve(Classifications line, Classifications header, Mappings mappings, String where,
                           ObjectNode out, List<Ref> missing) {
        boolean hasAccount = false;
        for (BillcomKind kind : KINDS) {
            String id = pick(line, header, kind);
            if (kind == BillcomKind.ACCOUNTS) {
                hasAccount = id != null;
            }
            if (id == null) {
                continue;
            }
            out.put("billcom_" + field(kind), id);
            Optional<String> ledgerId = mappings.ledgerId(kind, id);
            if (ledgerId.isPresent()) {
                out.put(field(kind), ledgerId.get());
            } else if (kind != BillcomKind.CUSTOMERS) {
                missing.add(new Ref(kind, id, where));
            }
        }
        return hasAccount;
    }

    private static String pick(Classifications line, Classifications header, BillcomKind kind) {
        String own = line == null ? null : get(line, kind);
        return own != null ? own : header == null ? null : get(header, kind);
    }

    private static String get(Classifications c, BillcomKind kind) {
        String id = switch (kind) {
            case ACCOUNTS -> c.chartOfAccountId();
            case ITEMS -> c.itemId();
            case DEPARTMENTS -> c.departmentId();
            case JOBS -> c.jobId();
            case LOCATIONS -> c.locationId();
            case ACCOUNTING_CLASSES -> c.accountingClassId();
            case EMPLOYEES -> c.employeeId();
            case CUSTOMERS -> c.customerId();
            default -> null;
        };
        return id == null || id.isBlank() ? null : id;
    }

    /** The ledger attribute of a kind's id on a line, e.g. {@code department_id}. */
    static String field(BillcomKind kind) {
        return switch (kind) {
            case ACCOUNTS -> "account_id";
            case ITEMS -> "item_id";
            case DEPARTMENTS -> "department_id";
            case JOBS -> "job_id";
            case LOCATIONS -> "location_id";
            case ACCOUNTING_CLASSES -> "accounting_class_id";
            case EMPLOYEES -> "employee_id";
            case CUSTOMERS -> "customer_id";
            default -> kind.slug() + "_id";
        };
    }
}
