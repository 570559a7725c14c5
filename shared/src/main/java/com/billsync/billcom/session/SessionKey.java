package com.billsync.billcom.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identifies whose session a session is: API version, organization, user and dev key. The dev key is held
 * only as a short SHA-256 fingerprint, so a key can be logged and used as a cache or secret name.
 */
public record SessionKey(ApiVersion api, String organizationId, String username, String devKeyFingerprint) {

    public SessionKey {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(devKeyFingerprint, "devKeyFingerprint");
    }

    public static SessionKey of(ApiVersion api, String devKey, String username, String organizationId) {
        return new SessionKey(api, organizationId, username, fingerprint(devKey));
    }

    /** A non-reversible short fingerprint of a secret, to tell secrets apart without holding them. */
    public static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
