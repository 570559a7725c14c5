package com.billsync.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every route of the API. The OpenAPI contract test compares {@link #signatures()} with {@code openapi.yaml}. */
public final class RouteTable {

    private static final List<Route> ROUTES = build();

    private RouteTable() {
    }

    /** {@code "GET /api/companies/"} etc., one per route. */
    public static List<String> signatures() {
        return ROUTES.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    static List<Route> routes() {
        return ROUTES;
    }

    /** The route for the method and path, or why there is none. */
    static Match match(String method, List<String> segments) {
        Route best = null;
        int bestLiterals = -1;
        List<String> allowed = new ArrayList<>();
        for (Route route : ROUTES) {
            List<String> template = route.segments();
            Optional<Integer> literals = literalMatches(template, segments);
            if (literals.isEmpty()) {
                continue;
            }
            if (!route.method().equals(method)) {
                if (!allowed.contains(route.method())) {
                    allowed.add(route.method());
                }
                continue;
            }
            if (literals.get() > bestLiterals) {
                best = route;
                bestLiterals = literals.get();
            }
        }
        if (best != null) {
            return new Match(Optional.of(best), List.of());
        }
        return new Match(Optional.empty(), List.copyOf(allowed));
    }

    /** Which route matched, or (none matched) the methods the path allows: empty means no such path. */
    record Match(Optional<Route> route, List<String> allowedMethods) {
    }

    private static Optional<Integer> literalMatches(List<String> template, List<String> segments) {
        if (template.size() != segments.size()) {
            return Optional.empty();
        }
        int literals = 0;
        for (int i = 0; i < template.size(); i++) {
            if (Paths.isParameter(template.get(i))) {
                continue;
            }
            if (!template.get(i).equals(segments.get(i))) {
                return Optional.empty();
            }
            literals++;
        }
        return Optional.of(literals);
    }

    private static List<Route> build() {
        List<Route> routes = new ArrayList<>();
        routes.addAll(LedgerRoutes.routes());
        routes.addAll(IntegrationRoutes.routes());
        routes.addAll(MappingRoutes.routes());
        routes.addAll(RunRoutes.routes());
        return List.copyOf(routes);
    }
}
