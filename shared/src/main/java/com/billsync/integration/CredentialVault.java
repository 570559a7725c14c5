package com.billsync.integration;

import com.billsync.billcom.BillcomCredentials;
import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.json.Json;
import com.billsync.secrets.SecretStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Integration credentials in the {@link SecretStore}, one JSON secret per integration:
 * {@code {"dev_key","username","password","organization_id"}}; and the deployment-wide default dev key, whose
 * secret is either the bare key or {@code {"dev_key": "..."}}.
 */
public final class CredentialVault {

    private final SecretStore secrets;
    private final Optional<String> defaultDevKeySecret;

    public CredentialVault(SecretStore secrets, Optional<String> defaultDevKeySecret) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.defaultDevKeySecret = Objects.requireNonNull(defaultDevKeySecret, "defaultDevKeySecret");
    }

    public void create(String secretName, BillcomCredentials credentials) {
        secrets.create(secretName, encode(credentials));
    }

    public void rotate(String secretName, BillcomCredentials credentials) {
        secrets.put(secretName, encode(credentials));
    }

    public BillcomCredentials read(String secretName) {
        String value = secrets.read(secretName).orElseThrow(() -> new ServiceException(ErrorCode.INTERNAL_ERROR,
                "The integration's credentials are missing. Update them with PATCH."));
        try {
            JsonNode node = Json.mapper().readTree(value);
            return new BillcomCredentials(text(node, "dev_key"), text(node, "username"),
                    text(node, "password"), text(node, "organization_id"));
        } catch (JsonProcessingException | IllegalStateException e) {
            // Never include the parser's message: it quotes the secret.
            throw new ServiceException(ErrorCode.INTERNAL_ERROR,
                    "The integration's credentials are unreadable. Update them with PATCH.");
        }
    }

    /** The default dev key, or {@code default_dev_key_missing} when the deployment has none. */
    public String defaultDevKey() {
        Optional<String> value = defaultDevKeySecret.flatMap(secrets::read).map(String::trim)
                .flatMap(CredentialVault::devKeyOf);
        return value.orElseThrow(() -> new ServiceException(ErrorCode.DEFAULT_DEV_KEY_MISSING,
                "dev_key is required: this deployment has no default Bill.com developer key.",
                java.util.Map.of("fields", java.util.Map.of("dev_key", "required"))));
    }

    public void scheduleDeletion(String secretName) {
        secrets.scheduleDeletion(secretName);
    }

    public void deleteNow(String secretName) {
        secrets.deleteNow(secretName);
    }

    private static Optional<String> devKeyOf(String raw) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!raw.startsWith("{")) {
            return Optional.of(raw);
        }
        try {
            JsonNode key = Json.mapper().readTree(raw).get("dev_key");
            return key != null && key.isTextual() && !key.asText().isBlank()
                    ? Optional.of(key.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String encode(BillcomCredentials c) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("dev_key", c.devKey());
        node.put("username", c.username());
        node.put("password", c.password());
        node.put("organization_id", c.organizationId());
        return node.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("missing " + field);
        }
        return value.asText();
    }
}
