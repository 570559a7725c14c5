package com.billsync.secrets;

import java.util.Objects;

/**
 * The one place that names secrets: {@code <prefix>integrations/<integrationId>/credentials} holds the
 * integration's dev key, username, password and organization id; {@code .../session} its Bill.com sessions.
 * IAM grants the functions access to {@code <prefix>*} only.
 */
public record SecretNames(String prefix) {

    public SecretNames {
        Objects.requireNonNull(prefix, "prefix");
    }

    public String credentials(String integrationId) {
        return prefix + "integrations/" + integrationId + "/credentials";
    }

    public String session(String integrationId) {
        return prefix + "integrations/" + integrationId + "/session";
    }
}
