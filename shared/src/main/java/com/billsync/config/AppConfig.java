package com.billsync.config;

import com.billsync.coa.CoaGuard;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every billsync function reads from its environment, read once per container.
 *
 * @param tableName           {@code TABLE_NAME}: the one DynamoDB table
 * @param syncQueueUrl        {@code SYNC_QUEUE_URL}: the FIFO queue of sync steps
 * @param secretPrefix        {@code SECRET_PREFIX} (default {@code billsync/}): every secret's name starts with it
 * @param defaultDevKeySecret {@code DEFAULT_DEV_KEY_SECRET} (optional): the deployment-wide Bill.com dev key
 * @param tenantClaim         {@code TENANT_CLAIM} (default {@code tenant_id}): the JWT claim naming the tenant
 * @param billcomV3Url        {@code BILLCOM_V3_URL}: Bill.com v3 base URL up to and including {@code /v3}
 * @param billcomV2Url        {@code BILLCOM_V2_URL}: Bill.com v2 base URL up to and including {@code /v2}
 * @param errorTtlDays        {@code ERROR_TTL_DAYS} (default 90): how long error-log entries live
 * @param maxBodyBytes        {@code MAX_BODY_BYTES} (default 65536): the largest request body the API accepts
 * @param coaMaxArchiveShare  {@code COA_MAX_ARCHIVE_SHARE} (default 0.2): chart-of-accounts alignment refuses a
 *                            plan archiving more than this share of Bill.com's active accounts without an approval
 * @param coaMaxChanges       {@code COA_MAX_CHANGES} (default 50): ... or writing more than this many Bill.com rows
 */
public record AppConfig(
        String tableName,
        String syncQueueUrl,
        String secretPrefix,
        Optional<String> defaultDevKeySecret,
        String tenantClaim,
        URI billcomV3Url,
        URI billcomV2Url,
        int errorTtlDays,
        int maxBodyBytes,
        double coaMaxArchiveShare,
        int coaMaxChanges) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String SYNC_QUEUE_URL = "SYNC_QUEUE_URL";
    public static final String SECRET_PREFIX = "SECRET_PREFIX";
    public static final String DEFAULT_DEV_KEY_SECRET = "DEFAULT_DEV_KEY_SECRET";
    public static final String TENANT_CLAIM = "TENANT_CLAIM";
    public static final String BILLCOM_V3_URL = "BILLCOM_V3_URL";
    public static final String BILLCOM_V2_URL = "BILLCOM_V2_URL";
    public static final String ERROR_TTL_DAYS = "ERROR_TTL_DAYS";
    public static final String MAX_BODY_BYTES = "MAX_BODY_BYTES";
    public static final String COA_MAX_ARCHIVE_SHARE = "COA_MAX_ARCHIVE_SHARE";
    public static final String COA_MAX_CHANGES = "COA_MAX_CHANGES";

    public AppConfig {
        Objects.requireNonNull(tableName, TABLE_NAME);
        Objects.requireNonNull(syncQueueUrl, SYNC_QUEUE_URL);
        Objects.requireNonNull(secretPrefix, SECRET_PREFIX);
        Objects.requireNonNull(defaultDevKeySecret, DEFAULT_DEV_KEY_SECRET);
        Objects.requireNonNull(tenantClaim, TENANT_CLAIM);
        Objects.requireNonNull(billcomV3Url, BILLCOM_V3_URL);
        Objects.requireNonNull(billcomV2Url, BILLCOM_V2_URL);
        if (errorTtlDays < 1) {
            throw new IllegalArgumentException(ERROR_TTL_DAYS + " must be at least 1");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException(MAX_BODY_BYTES + " must be at least 1");
        }
        if (!(coaMaxArchiveShare >= 0 && coaMaxArchiveShare <= 1)) {
            throw new IllegalArgumentException(COA_MAX_ARCHIVE_SHARE + " must be between 0 and 1");
        }
        if (coaMaxChanges < 0) {
            throw new IllegalArgumentException(COA_MAX_CHANGES + " must not be negative");
        }
    }

    /** The chart-of-accounts alignment guard these limits describe. */
    public CoaGuard coaGuard() {
        return new CoaGuard(coaMaxArchiveShare, coaMaxChanges);
    }

    /** Reads the process environment. */
    public static AppConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads {@code env}; throws {@link IllegalStateException} naming the first missing or malformed variable. */
    public static AppConfig from(Map<String, String> env) {
        return new AppConfig(
                required(env, TABLE_NAME),
                required(env, SYNC_QUEUE_URL),
                optional(env, SECRET_PREFIX).orElse("billsync/"),
                optional(env, DEFAULT_DEV_KEY_SECRET),
                optional(env, TENANT_CLAIM).orElse("tenant_id"),
                uri(env, BILLCOM_V3_URL),
                uri(env, BILLCOM_V2_URL),
                integer(env, ERROR_TTL_DAYS, 90),
                integer(env, MAX_BODY_BYTES, 65_536),
                share(env, COA_MAX_ARCHIVE_SHARE, CoaGuard.DEFAULT_MAX_ARCHIVE_SHARE),
                count(env, COA_MAX_CHANGES, CoaGuard.DEFAULT_MAX_CHANGES));
    }

    private static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(
                () -> new IllegalStateException("Missing environment variable " + name));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static URI uri(Map<String, String> env, String name) {
        String value = required(env, name);
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Environment variable " + name + " is not an absolute URL", e);
        }
    }

    private static double share(Map<String, String> env, String name, double fallback) {
        Optional<String> value = optional(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.get());
            if (!(parsed >= 0 && parsed <= 1)) {
                throw new NumberFormatException("out of range");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Environment variable " + name + " must be a number from 0 to 1", e);
        }
    }

    private static int count(Map<String, String> env, String name, int fallback) {
        Optional<String> value = optional(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < 0) {
                throw new NumberFormatException("negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Environment variable " + name + " must be a whole number, 0 or more", e);
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        Optional<String> value = optional(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < 1) {
                throw new NumberFormatException("not positive");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Environment variable " + name + " must be a positive integer", e);
        }
    }
}
