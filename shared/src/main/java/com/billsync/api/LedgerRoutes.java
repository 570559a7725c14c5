package com.billsync.api;

import com.billsync.domain.Patch;
import com.billsync.ledger.AccountChanges;
import com.billsync.ledger.AccountType;
import com.billsync.ledger.Company;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.NewAccount;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** Companies, GL accounts and the imported ledger records. */
final class LedgerRoutes {

    static final Set<String> PAGING = Set.of("limit", "cursor");
    private static final String COMPANY = "/api/companies/{company_id}/";
    private static final String NUMBER_RULE = "must be letters, digits, spaces, '.', '-' or '_'";

    private LedgerRoutes() {
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.post("/api/companies/", Route.BodyUse.REQUIRED, LedgerRoutes::createCompany));
        routes.add(Route.get("/api/companies/", PAGING, (s, c) -> Responses.ok(Views.page(
                s.ledger().companies(c.tenantId(), c.page()), Views::company))));
        routes.add(Route.get(COMPANY, Set.of(), (s, c) -> Responses.ok(Views.company(
                s.ledger().company(c.tenantId(), c.param("company_id"))))));
        routes.add(Route.post(COMPANY + "accounts/", Route.BodyUse.REQUIRED, LedgerRoutes::createAccount));
        routes.add(Route.get(COMPANY + "accounts/", PAGING, (s, c) -> Responses.ok(Views.page(
                s.ledger().accounts(c.tenantId(), c.param("company_id"), c.page()), Views::account))));
        routes.add(Route.get(COMPANY + "accounts/{account_id}/", Set.of(), (s, c) -> Responses.ok(Views.account(
                s.ledger().account(c.tenantId(), c.param("company_id"), c.param("account_id"))))));
        routes.add(Route.patch(COMPANY + "accounts/{account_id}/", LedgerRoutes::updateAccount));
        for (LedgerKind kind : LedgerKind.values()) {
            if (kind == LedgerKind.ACCOUNT) {
                continue;
            }
            String base = COMPANY + (kind.isDimension() ? "dimensions/" : "") + kind.slug() + "/";
            routes.add(Route.get(base, PAGING, (s, c) -> Responses.ok(Views.page(
                    s.ledger().records(c.tenantId(), c.param("company_id"), kind, c.page()), Views::record))));
            routes.add(Route.get(base + "{record_id}/", Set.of(), (s, c) -> Responses.ok(Views.record(
                    s.ledger().record(c.tenantId(), c.param("company_id"), kind, c.param("record_id"))))));
        }
        return routes;
    }

    private static ApiResponse createCompany(ApiServices s, Call c) {
        BodyFields f = BodyFields.of(c.json(), Set.of("name", "base_currency"));
        String name = f.requiredString("name", 200);
        String currency = f.requiredString("base_currency", 3, LedgerRoutes::isCurrency,
                "must be an ISO 4217 currency code such as USD");
        f.done();
        Company company = s.ledger().createCompany(c.tenantId(), name, currency);
        return Responses.created(Views.company(company), "/api/companies/" + company.id() + "/");
    }

    private static ApiResponse createAccount(ApiServices s, Call c) {
        BodyFields f = BodyFields.of(c.json(), Set.of("number", "name", "type", "parent_id", "active"));
        var number = f.optionalString("number", 50, LedgerRoutes::isAccountNumber, NUMBER_RULE);
        String name = f.requiredString("name", 200);
        AccountType type = f.requiredEnum("type", AccountType.class);
        var parent = f.optionalString("parent_id", 64);
        boolean active = f.optionalBoolean("active").orElse(true);
        f.done();
        LedgerAccount account = s.ledger().createAccount(c.tenantId(), c.param("company_id"),
                new NewAccount(number, name, type, parent, active));
        return Responses.created(Views.account(account),
                "/api/companies/" + account.companyId() + "/accounts/" + account.id() + "/");
    }

    private static ApiResponse updateAccount(ApiServices s, Call c) {
        BodyFields f = BodyFields.of(c.json(), Set.of("number", "name", "type", "parent_id", "active"));
        Patch<String> number = f.patchString("number", 50, true, LedgerRoutes::isAccountNumber, NUMBER_RULE);
        Patch<String> name = f.patchString("name", 200, false);
        Patch<AccountType> type = f.patchEnum("type", AccountType.class);
        if (f.has("type") && c.json().get("type").isNull()) {
            f.problem("type", "must not be null");
        }
        Patch<String> parent = f.patchString("parent_id", 64, true);
        Patch<Boolean> active = f.patchBoolean("active");
        f.done();
        LedgerAccount account = s.ledger().updateAccount(c.tenantId(), c.param("company_id"), c.param("account_id"),
                new AccountChanges(number, name, type, parent, active, c.ifMatch()));
        return Responses.ok(Views.account(account));
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAccountNumber(String number) {
        return number.matches("[A-Za-z0-9 ._-]+");
    }
}
