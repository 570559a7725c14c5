package com.billsync.simulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a method and path; the most literal template wins. */
public final class Router {
    public record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(Route route) {
        routes.add(route);
        routes.sort(Comparator.comparingInt(Route::literalSegments).reversed());
        return this;
    }

    public Optional<Match> match(String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] segments = trimmed.substring(1).split("/", -1);
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(method, segments);
            if (params.isPresent()) {
                return Optional.of(new Match(route, params.get()));
            }
        }
        return Optional.empty();
    }
}
