package com.billsync.api;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MappingOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Mapping routes for the ten mappable kinds. */
final class MappingRoutes {

    private static final String KIND = IntegrationRoutes.ONE + "mappings/{kind}/";
    private static final String ROW = KIND + "{external_id}/";

    private MappingRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(KIND, LedgerRoutes.PAGING, (s, c) -> Responses.ok(Views.page(s.mappings().list(
                        c.tenantId(), IntegrationRoutes.id(c), kind(c), c.page()), Views::mappingRow))),
                Route.put(ROW, MappingRoutes::map),
                Route.delete(ROW, (s, c) -> {
                    s.mappings().unmap(c.tenantId(), IntegrationRoutes.id(c), kind(c), c.param("external_id"));
                    return ApiResponse.noContent();
                }));
    }

    /** {@code {"ledger_id": "..."}} maps to an existing record; {@code {"create": true}} creates one. */
    private static ApiResponse map(ApiServices s, Call c) {
        BillcomKind kind = kind(c);
        BodyFields f = BodyFields.of(c.json(), Set.of("ledger_id", "create"));
        Optional<String> ledgerId = f.optionalString("ledger_id", 64);
        Optional<Boolean> create = f.optionalBoolean("create");
        JsonNode body = c.json();
        if (!body.has("ledger_id") && !body.has("create")) {
            f.problem("ledger_id", "or create: true is required");
        } else if (body.has("ledger_id") && body.has("create")) {
            f.problem("create", "cannot be combined with ledger_id");
        } else if (create.isPresent() && !create.get()) {
            f.problem("create", "must be true (to unmap, send DELETE)");
        }
        f.done();
        MappingOutcome outcome = ledgerId.isPresent()
                ? s.mappings().map(c.tenantId(), IntegrationRoutes.id(c), kind, c.param("external_id"), ledgerId.get())
                : s.mappings().create(c.tenantId(), IntegrationRoutes.id(c), kind, c.param("external_id"));
        var view = Views.mappingRow(outcome.row());
        view.put("created", outcome.created());
        return ApiResponse.json(outcome.created() ? 201 : 200, view.toString());
    }

    private static BillcomKind kind(Call c) {
        String slug = c.param("kind");
        return BillcomKind.mappableFromSlug(slug).orElseThrow(() -> new ServiceException(ErrorCode.NOT_FOUND,
                "There is no mapping kind '" + slug + "'.", Map.of("kinds", List.of("vendors", "accounts",
                "funding-accounts", "items", "customers", "departments", "jobs", "locations", "accounting-classes",
                "employees"))));
    }
}
