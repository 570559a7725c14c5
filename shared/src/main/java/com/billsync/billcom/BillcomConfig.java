package com.billsync.billcom;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Bill.com is and how the client treats it. The base URLs end where Bill.com's documented paths begin:
 * the client appends {@code /login}, {@code /vendors}, ... to {@code v3BaseUrl} and {@code /Login.json},
 * {@code /List/Bill.json}, ... to {@code v2BaseUrl}, so sandbox, production and the local simulator differ
 * only here.
 *
 * @param v3BaseUrl e.g. {@code https://gateway.stage.bill.com/connect/v3}
 * @param v2BaseUrl e.g. {@code https://api-stage.bill.com/api/v2}
 * @param requestTimeout how long one HTTP exchange may take before it counts as an I/O failure
 * @param maxInFlightPerOrg requests in flight at once per (dev key, organization) in this process; Bill.com
 *     allows 3
 * @param retry backoff for concurrency limits, server errors and I/O failures
 * @param reauthCap how many times one unit of work may log in again after {@code BDC_1109}
 */
public record BillcomConfig(
        URI v3BaseUrl,
        URI v2BaseUrl,
        Duration requestTimeout,
        int maxInFlightPerOrg,
        RetryPolicy retry,
        int reauthCap) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_IN_FLIGHT = 3;

    public BillcomConfig {
        v3BaseUrl = withoutTrailingSlash(Objects.requireNonNull(v3BaseUrl, "v3BaseUrl"));
        v2BaseUrl = withoutTrailingSlash(Objects.requireNonNull(v2BaseUrl, "v2BaseUrl"));
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        if (maxInFlightPerOrg < 1) {
            throw new IllegalArgumentException("maxInFlightPerOrg must be at least 1");
        }
        if (reauthCap < 0) {
            throw new IllegalArgumentException("reauthCap must not be negative");
        }
    }

    /** The given base URLs with every other setting at its default. */
    public static BillcomConfig of(URI v3BaseUrl, URI v2BaseUrl) {
        return new BillcomConfig(v3BaseUrl, v2BaseUrl, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_IN_FLIGHT,
                RetryPolicy.defaults(), ReauthBudget.DEFAULT_CAP);
    }

    /** Bill.com's sandbox ("stage") environment. */
    public static BillcomConfig sandbox() {
        return of(URI.create("https://gateway.stage.bill.com/connect/v3"), URI.create("https://api-stage.bill.com/api/v2"));
    }

    /** Bill.com's production environment. */
    public static BillcomConfig production() {
        return of(URI.create("https://gateway.prod.bill.com/connect/v3"), URI.create("https://api.bill.com/api/v2"));
    }

    public BillcomConfig withRetry(RetryPolicy newRetry) {
        return new BillcomConfig(v3BaseUrl, v2BaseUrl, requestTimeout, maxInFlightPerOrg, newRetry, reauthCap);
    }

    public BillcomConfig withRequestTimeout(Duration timeout) {
        return new BillcomConfig(v3BaseUrl, v2BaseUrl, timeout, maxInFlightPerOrg, retry, reauthCap);
    }

    public BillcomConfig withMaxInFlightPerOrg(int max) {
        return new BillcomConfig(v3BaseUrl, v2BaseUrl, requestTimeout, max, retry, reauthCap);
    }

    public BillcomConfig withReauthCap(int cap) {
        return new BillcomConfig(v3BaseUrl, v2BaseUrl, requestTimeout, maxInFlightPerOrg, retry, cap);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
