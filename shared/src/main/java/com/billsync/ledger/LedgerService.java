package com.billsync.ledger;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Ids;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's use cases, always on behalf of a tenant: a company of another tenant is reported as not found,
 * exactly like one that does not exist, so callers cannot probe for other tenants' ids.
 */
public final class LedgerService {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);

    private final LedgerStore store;
    private final Ids ids;
    private final Clock clock;

    public LedgerService(LedgerStore store, Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Company createCompany(String tenantId, String name, String baseCurrency) {
        Instant now = clock.instant();
        Company company = new Company(ids.company(), tenantId, name, baseCurrency, 1, now, now);
        store.createCompany(company);
        LOG.info("Created company {}", company.id());
        return company;
    }

    public Page<Company> companies(String tenantId, PageRequest page) {
        return store.companies(tenantId, page);
    }

    /** The tenant's company, or {@code not_found}. */
    public Company company(String tenantId, String companyId) {
        return store.company(companyId)
                .filter(c -> c.tenantId().equals(tenantId))
                .orElseThrow(() -> ServiceException.notFound("Company", companyId));
    }

    public LedgerAccount createAccount(String tenantId, String companyId, NewAccount request) {
        company(tenantId, companyId);
        request.parentId().ifPresent(parent -> requireParent(companyId, parent));
        Instant now = clock.instant();
        LedgerAccount account = new LedgerAccount(companyId, ids.ledgerRecord(LedgerKind.ACCOUNT.idPrefix()),
                request.number(), request.name(), request.type(), request.parentId(), request.active(), 1, now, now);
        store.createAccount(account);
        LOG.info("Created GL account {} in company {}", account.id(), companyId);
        return account;
    }

    public Page<LedgerAccount> accounts(String tenantId, String companyId, PageRequest page) {
        company(tenantId, companyId);
        return store.accounts(companyId, page);
    }

    public LedgerAccount account(String tenantId, String companyId, String accountId) {
        company(tenantId, companyId);
        return store.account(companyId, accountId)
                .orElseThrow(() -> ServiceException.notFound("Account", accountId));
    }

    /** Applies {@code changes}; deactivating is {@code active=false}. */
    public LedgerAccount updateAccount(String tenantId, String companyId, String accountId, AccountChanges changes) {
        LedgerAccount current = account(tenantId, companyId, accountId);
        if (changes.expectedVersion().isPresent() && changes.expectedVersion().get() != current.version()) {
            throw ServiceException.conflict();
        }
        Optional<String> parentId = changes.parentId().apply(current.parentId());
        boolean active = changes.active().apply(current.active());
        if (changes.parentId().changes(current.parentId()) && parentId.isPresent()) {
            checkParent(companyId, accountId, parentId.get());
        }
        if (current.active() && !active) {
            requireNoActiveChildren(companyId, accountId);
        }
        LedgerAccount updated = new LedgerAccount(companyId, accountId,
                changes.number().apply(current.number()),
                changes.name().apply(current.name()),
                changes.type().apply(current.type()),
                parentId, active, current.version() + 1, current.createdAt(), clock.instant());
        if (updated.equals(withVersionAndTime(current, updated))) {
            return current;
        }
        store.updateAccount(current, updated);
        LOG.info("Updated GL account {} in company {} to version {}", accountId, companyId, updated.version());
        return updated;
    }

    public Page<LedgerRecord> records(String tenantId, String companyId, LedgerKind kind, PageRequest page) {
        company(tenantId, companyId);
        return store.records(companyId, kind, page);
    }

    public LedgerRecord record(String tenantId, String companyId, LedgerKind kind, String id) {
        company(tenantId, companyId);
        return store.record(companyId, kind, id)
                .orElseThrow(() -> ServiceException.notFound(kindLabel(kind), id));
    }

    private static LedgerAccount withVersionAndTime(LedgerAccount a, LedgerAccount like) {
        return new LedgerAccount(a.companyId(), a.id(), a.number(), a.name(), a.type(), a.parentId(), a.active(),
                like.version(), a.createdAt(), like.updatedAt());
    }

    private void requireParent(String companyId, String parentId) {
        if (store.account(companyId, parentId).isEmpty()) {
            throw ServiceException.validation("parent_id does not name an account of this company.",
                    Map.of("fields", Map.of("parent_id", "unknown account")));
        }
    }

    /** The parent must exist, and must not be the account itself or one of its descendants. */
    private void checkParent(String companyId, String accountId, String parentId) {
        List<LedgerAccount> chart = store.allAccounts(companyId);
        Map<String, Optional<String>> parents = new HashMap<>();
        chart.forEach(a -> parents.put(a.id(), a.parentId()));
        if (!parents.containsKey(parentId)) {
            requireParent(companyId, parentId);
        }
        Set<String> seen = new HashSet<>();
        String cursor = parentId;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(accountId)) {
                throw ServiceException.validation("parent_id would make the account its own ancestor.",
                        Map.of("fields", Map.of("parent_id", "creates a cycle")));
            }
            cursor = parents.getOrDefault(cursor, Optional.empty()).orElse(null);
        }
    }

    private void requireNoActiveChildren(String companyId, String accountId) {
        List<String> children = store.allAccounts(companyId).stream()
                .filter(a -> a.active() && a.parentId().filter(accountId::equals).isPresent())
                .map(LedgerAccount::id)
                .toList();
        if (!children.isEmpty()) {
            throw new ServiceException(ErrorCode.ACCOUNT_HAS_ACTIVE_CHILDREN,
                    "Deactivate the account's active sub-accounts first.", Map.of("child_ids", children));
        }
    }

    private static String kindLabel(LedgerKind kind) {
        return switch (kind) {
            case ACCOUNT -> "Account";
            case VENDOR -> "Vendor";
            case CUSTOMER -> "Customer";
            case ITEM -> "Item";
            case DEPARTMENT -> "Department";
            case JOB -> "Job";
            case LOCATION -> "Location";
            case ACCOUNTING_CLASS -> "Accounting class";
            case EMPLOYEE -> "Employee";
            case BILL -> "Bill";
            case VENDOR_PAYMENT -> "Vendor payment";
            case VENDOR_CREDIT -> "Vendor credit";
        };
    }
}
