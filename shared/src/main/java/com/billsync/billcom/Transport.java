package com.billsync.billcom;

import com.billsync.billcom.session.ApiVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends calls to Bill.com: one permit of the per-organization limiter per HTTP exchange, every exchange
 * counted, failures classified by BDC code and retried by the one {@link RetryPolicy}:
 * <ul>
 *   <li>{@code BDC_1322} (concurrency): always retried, Bill.com did not process the request;</li>
 *   <li>5xx, {@code BDC_1001}, I/O errors and timeouts: retried only for safe and idempotent calls, since a
 *       create may have been applied before the failure;</li>
 *   <li>everything else is final and surfaces as its {@link BillcomException}.</li>
 * </ul>
 * The permit is held only while the exchange runs, never while backing off.
 */
final class Transport {

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private final HttpClient http;
    private final BillcomConfig config;
    private final BillcomCredentials credentials;
    private final ConcurrencyLimiter limiter;
    private final CallCounter counter;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Clock clock;

    Transport(HttpClient http, BillcomConfig config, BillcomCredentials credentials, ConcurrencyLimiter limiter,
            CallCounter counter, Sleeper sleeper, RandomGenerator random, Clock clock) {
        this.http = http;
        this.config = config;
        this.credentials = credentials;
        this.limiter = limiter;
        this.counter = counter;
        this.sleeper = sleeper;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Sends the call, retrying as the policy allows, and returns the response: the parsed body for v3, the
     * envelope's {@code response_data} for v2.
     */
    JsonNode send(Call call) {
        RetryPolicy policy = config.retry();
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = exchange(call);
            if (outcome.failure() == null) {
                return outcome.body();
            }
            Failure failure = outcome.failure();
            if (!retryable(failure, call) || attempt >= policy.maxAttempts()) {
                throw toException(failure, call, attempt);
            }
            Duration wait = policy.backoff(attempt, random);
            LOG.warn("Bill.com {} failed ({}); retry {} of {} in {} ms", call.label(), failure.summary(), attempt,
                    policy.maxAttempts() - 1, wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BillcomException.Unavailable(null, call.label() + ": interrupted while backing off", e);
            }
        }
    }

    @SuppressWarnings("try") // the permit is held for the exchange, not used in it
    private Outcome exchange(Call call) {
        HttpRequest request = toRequest(call);
        long started = System.nanoTime();
        try (ConcurrencyLimiter.Permit ignored =
                limiter.acquire(credentials.devKey(), credentials.organizationId(), config.maxInFlightPerOrg())) {
            counter.increment(call.label());
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            LOG.debug("Bill.com {} -> HTTP {} in {} ms", call.label(), response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
            return interpret(call.api(), response.statusCode(), response.body());
        } catch (IOException e) {
            return Outcome.failed(new Failure(null, null, null, 0, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BillcomException.Unavailable(null, call.label() + ": interrupted", e);
        }
    }

    private HttpRequest toRequest(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(call.uri())
                .timeout(config.requestTimeout())
                .header("Accept", "application/json");
        call.headers().forEach(b::header);
        if (call.body() == null) {
            b.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", call.contentType());
            b.method(call.method(), HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        }
        return b.build();
    }

    /** Reads a response whatever its HTTP status: the body's BDC code, when there is one, decides. */
    static Outcome interpret(ApiVersion api, int status, String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? NullNode.getInstance() : BillcomJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (api == ApiVersion.V2) {
            return interpretV2(status, tree);
        }
        var error = BdcError.fromV3(tree);
        if (error.isPresent()) {
            return Outcome.failed(new Failure(BdcCodes.classify(error.get().code(), status), error.get().code(),
                    error.get().message(), status, null));
        }
        if (status / 100 == 2) {
            return tree == null
                    ? Outcome.failed(new Failure(BdcCodes.Kind.UNREADABLE, null, "HTTP " + status + " body is not JSON",
                            status, null))
                    : Outcome.ok(tree);
        }
        return Outcome.failed(new Failure(BdcCodes.classify(null, status), null,
                "HTTP " + status + " without a Bill.com error code", status, null));
    }

    private static Outcome interpretV2(int status, JsonNode tree) {
        if (tree != null && tree.isObject() && tree.has("response_status")) {
            if (tree.path("response_status").asInt(-1) == 0) {
                return Outcome.ok(tree.path("response_data"));
            }
            var error = BdcError.fromV2(tree).orElse(new BdcError(null, "Error"));
            BdcCodes.Kind kind = error.code() == null ? BdcCodes.Kind.REJECTED : BdcCodes.classify(error.code(), status);
            return Outcome.failed(new Failure(kind, error.code(), error.message(), status, null));
        }
        return Outcome.failed(new Failure(BdcCodes.classify(null, status), null,
                "HTTP " + status + " without a v2 response envelope", status, null));
    }

    private static boolean retryable(Failure failure, Call call) {
        if (failure.io() != null || failure.kind() == BdcCodes.Kind.TRANSIENT) {
            return call.safety().repeatableAfterUncertainFailure();
        }
        return failure.kind() == BdcCodes.Kind.CONCURRENCY;
    }

    private BillcomException toException(Failure f, Call call, int attempts) {
        String message = scrub(f.message(), call);
        if (f.io() != null) {
            String what = f.io().getClass().getSimpleName()
                    + (f.io().getMessage() == null ? "" : " " + scrub(f.io().getMessage(), call));
            String outcome = call.safety().repeatableAfterUncertainFailure()
                    ? " after " + attempts + " attempt(s)"
                    : " (a write whose outcome is unknown; not repeated)";
            return new BillcomException.Unavailable(null, call.label() + ": " + what + outcome, f.io());
        }
        return switch (f.kind()) {
            case AUTH -> new BillcomException.AuthFailed(f.code(), message);
            case INVALID_SESSION -> new BillcomException.InvalidSession(message);
            case CONCURRENCY -> new BillcomException.ConcurrencyLimited(message);
            case HOURLY_CAP -> new BillcomException.HourlyCapReached(nextTopOfHour(), message);
            case NOT_FOUND -> new BillcomException.NotFound(f.code(), message);
            case REJECTED -> new BillcomException.Rejected(f.code(), message);
            case TRANSIENT -> new BillcomException.Unavailable(f.code(),
                    call.label() + ": " + message + " (HTTP " + f.status() + ", " + attempts + " attempt(s))", null);
            case UNREADABLE -> new BillcomException.InvalidResponse(call.label() + ": " + message, null);
        };
    }

    /** Bill.com's hourly cap resets at the beginning of the next hour. */
    private Instant nextTopOfHour() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }

    /** Removes the credentials and the call's session id from text that may end up in an exception or a log. */
    private String scrub(String text, Call call) {
        if (text == null) {
            return null;
        }
        String s = text;
        for (String secret : new String[] {credentials.devKey(), credentials.password(), call.sessionId()}) {
            if (secret != null && !secret.isEmpty()) {
                s = s.replace(secret, "***");
            }
        }
        return s;
    }

    /** One exchange's result: a body, or a failure. */
    record Outcome(JsonNode body, Failure failure) {
        static Outcome ok(JsonNode body) {
            return new Outcome(body, null);
        }

        static Outcome failed(Failure failure) {
            return new Outcome(null, failure);
        }
    }

    /** Why an exchange failed: a classified Bill.com error, an unreadable answer, or an I/O error. */
    record Failure(BdcCodes.Kind kind, String code, String message, int status, IOException io) {
        String summary() {
            if (io != null) {
                return io.getClass().getSimpleName();
            }
            return (code != null ? code + ", " : "") + "HTTP " + status;
        }
    }
}
