package com.billsync.local.runtime.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What the JWT authorizer would hand the api function, worked out locally: the claims of a bearer token (its
 * signature is not checked here: AWS checks it against the issuer's keys), else a tenant named by an
 * {@code X-Tenant-Id} header, else the tenant {@code local}.
 */
public final class LocalClaims {

    /** The tenant of requests that say nothing about theirs. */
    public static final String DEFAULT_TENANT = "local";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String tenantClaim;

    /** @param tenantClaim the claim the api function reads the tenant from ({@code TENANT_CLAIM}) */
    public LocalClaims(String tenantClaim) {
        this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenantClaim");
    }

    /**
     * The claims for a request with these (lower-case) headers; empty when the bearer token is not a readable
     * JWT, which API Gateway answers with 401 before the function runs.
     */
    public Optional<Map<String, String>> claims(Map<String, String> headers) {
        String authorization = headers.get("authorization");
        if (authorization != null && !authorization.isBlank()) {
            String[] parts = authorization.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].equalsIgnoreCase("bearer")) {
                return Optional.empty();
            }
            return tokenClaims(parts[1]);
        }
        String tenant = headers.get("x-tenant-id");
        return Optional.of(Map.of(tenantClaim, tenant == null || tenant.isBlank() ? DEFAULT_TENANT : tenant.trim()));
    }

    /**
     * The payload of a compact JWT as API Gateway passes claims on: every value a string, arrays as
     * {@code [a b]}, objects as their JSON.
     */
    static Optional<Map<String, String>> tokenClaims(String token) {
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return Optional.empty();
        }
        JsonNode payload;
        try {
            payload = MAPPER.readTree(new String(Base64.getUrlDecoder().decode(segments[1]),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
        if (payload == null || !payload.isObject()) {
            return Optional.empty();
        }
        Map<String, String> claims = new LinkedHashMap<>();
        payload.properties().forEach(e -> claims.put(e.getKey(), flatten(e.getValue())));
        return Optional.of(claims);
    }

    private static String flatten(JsonNode value) {
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(" ", "[", "]");
            value.forEach(v -> joined.add(v.isValueNode() ? v.asText() : v.toString()));
            return joined.toString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** An unsigned token ({@code alg: none}) carrying {@code claims}: for the demo and tests of the local stack. */
    public static String unsignedToken(Map<String, String> claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        try {
            return encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + encoder.encodeToString(MAPPER.writeValueAsBytes(claims)) + ".";
        } catch (IOException e) {
            throw new IllegalStateException("claims are not serializable", e);
        }
    }
}
