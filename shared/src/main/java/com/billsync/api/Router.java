package com.billsync.api;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.json.Json;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Handles one request: authorize the tenant (401), match the route (404/405), check that the companies and
 * integrations the path names are the tenant's (404), check the query (400) and the body (413/415/400), call
 * the route's service, and turn any {@link ServiceException} into SPEC's error shape.
 * Anything unexpected is logged and answered with a bare 500: exception text never reaches a caller.
 */
public final class Router {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final ObjectReader READER = Json.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final ApiServices services;
    private final String tenantClaim;
    private final int maxBodyBytes;

    public Router(ApiServices services, String tenantClaim, int maxBodyBytes) {
        this.services = Objects.requireNonNull(services, "services");
        this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenantClaim");
        this.maxBodyBytes = maxBodyBytes;
    }

    public ApiResponse handle(ApiRequest request) {
        long started = System.nanoTime();
        String template = "?";
        ApiResponse response;
        try {
            String tenant = tenant(request);
            List<String> segments = Paths.decode(request.rawPath()).orElseThrow(Router::noSuchRoute);
            RouteTable.Match match = RouteTable.match(request.method(), segments);
            if (match.route().isEmpty()) {
                throw match.allowedMethods().isEmpty() ? noSuchRoute() : methodNotAllowed(match.allowedMethods());
            }
            Route route = match.route().get();
            template = route.template();
            Map<String, String> params = parameters(route, segments);
            Optional.ofNullable(params.get("integration_id")).ifPresent(id -> MDC.put("integration_id", id));
            requireOwned(tenant, params);
            checkQuery(route, request);
            Optional<JsonNode> body = body(route, request);
            response = route.handler().handle(services, new Call(tenant, params, request.query(), body, request));
        } catch (ServiceException e) {
            response = Responses.error(e.code(), e.getMessage(), e.details());
            if (e.code() == ErrorCode.METHOD_NOT_ALLOWED) {
                @SuppressWarnings("unchecked")
                List<String> allowed = (List<String>) e.details().get("allowed_methods");
                response = response.withHeader("allow", String.join(", ", allowed));
            }
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure on {} {}", request.method(), template, e);
            response = Responses.error(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. Retry later.",
                    Map.of());
        } finally {
            MDC.remove("integration_id");
        }
        LOG.info("{} {} -> {} in {} ms", request.method(), template, response.status(),
                (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    private String tenant(ApiRequest request) {
        String tenant = request.claims().get(tenantClaim);
        if (tenant == null || tenant.isBlank()) {
            throw new ServiceException(ErrorCode.UNAUTHORIZED,
                    "The request carries no tenant: sign in with a token that has the '" + tenantClaim + "' claim.");
        }
        return tenant.trim();
    }

    /**
     * Another tenant's company or integration is {@code not_found} before anything else about the request is
     * judged, so neither a validation error nor any other answer tells a prober that the id exists.
     */
    private void requireOwned(String tenant, Map<String, String> params) {
        Optional.ofNullable(params.get("company_id")).ifPresent(id -> services.ledger().company(tenant, id));
        Optional.ofNullable(params.get("integration_id"))
                .ifPresent(id -> services.integrations().requireOwned(tenant, id));
    }

    private static Map<String, String> parameters(Route route, List<String> segments) {
        Map<String, String> params = new HashMap<>();
        List<String> template = route.segments();
        for (int i = 0; i < template.size(); i++) {
            if (Paths.isParameter(template.get(i))) {
                params.put(Paths.parameterName(template.get(i)), segments.get(i));
            }
        }
        return params;
    }

    private static void checkQuery(Route route, ApiRequest request) {
        TreeSet<String> unknown = new TreeSet<>(request.query().keySet());
        unknown.removeAll(route.queryParameters());
        if (!unknown.isEmpty()) {
            throw new ServiceException(ErrorCode.VALIDATION_FAILED,
                    "Unknown query parameter(s): " + String.join(", ", unknown) + ".",
                    Map.of("unknown_parameters", List.copyOf(unknown),
                            "allowed_parameters", List.copyOf(new TreeSet<>(route.queryParameters()))));
        }
    }

    private Optional<JsonNode> body(Route route, ApiRequest request) {
        byte[] raw = request.body().orElse(new byte[0]);
        if (raw.length > maxBodyBytes) {
            throw new ServiceException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes.", Map.of("max_bytes", maxBodyBytes));
        }
        if (route.body() == Route.BodyUse.NONE) {
            return Optional.empty();
        }
        boolean empty = new String(raw, StandardCharsets.UTF_8).isBlank();
        if (empty) {
            if (route.body() == Route.BodyUse.REQUIRED) {
                throw ServiceException.validation("A JSON object body is required.", Map.of());
            }
            return Optional.empty();
        }
        Optional<String> contentType = request.header("content-type");
        if (contentType.isPresent() && !contentType.get().toLowerCase(Locale.ROOT).contains("json")) {
            throw new ServiceException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.",
                    Map.of());
        }
        JsonNode node;
        try {
            node = READER.readTree(raw);
        } catch (IOException e) {
            // Never echo the parser's message: it quotes the body, which may hold a password.
            throw new ServiceException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.", Map.of());
        }
        if (node == null || !node.isObject()) {
            throw ServiceException.validation("The request body must be a JSON object.", Map.of());
        }
        return Optional.of(node);
    }

    private static ServiceException noSuchRoute() {
        return new ServiceException(ErrorCode.NOT_FOUND, "There is no such route.");
    }

    private static ServiceException methodNotAllowed(List<String> allowed) {
        return new ServiceException(ErrorCode.METHOD_NOT_ALLOWED, "The route does not accept this method.",
                Map.of("allowed_methods", allowed));
    }
}
