package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LimitsTest {

    /** Sends {@code n} requests at once on one session and returns their answers. */
    private static List<Http.Response> parallel(Http http, int n, String path) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> http.get(path), threads));
            }
            return calls.stream().map(CompletableFuture::join).toList();
        }
    }

    private static SimFixture slow(UnaryOperator<BillcomSimulator.Builder> settings) {
        SimFixture f = new SimFixture(settings);
        f.sim.faults().latency(Duration.ofMillis(400));
        return f;
    }

    @Test
    void moreThanThreeInFlightPerOrgAreRejectedWithBdc1322() {
        try (SimFixture f = slow(b -> b)) {
            List<Http.Response> answers = parallel(f.http, 5, "/v3/vendors?max=1");

            List<Http.Response> rejected = answers.stream().filter(r -> r.status() != 200).toList();
            assertThat(rejected).isNotEmpty().allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(429);
                assertThat(r.code()).isEqualTo("BDC_1322");
            });
            assertThat(answers.stream().filter(r -> r.status() == 200)).hasSizeLessThanOrEqualTo(4);
            assertThat(f.sim.maxObservedConcurrency()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void threeInFlightAreAllowed() {
        try (SimFixture f = slow(b -> b)) {
            List<Http.Response> answers = parallel(f.http, 3, "/v3/vendors?max=1");

            assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(f.sim.maxObservedConcurrency()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void theLimitIsPerOrganization() {
        try (SimFixture f = slow(b -> b)) {
            SimOrg second = f.sim.createOrganization(OrgSpec.generated(7L, OrgSize.DEMO));
            SimUser user = second.users().get(0);
            Http other = new Http(f.sim.baseUrl());
            other.auth(SimFixture.DEV_KEY, other.login(SimFixture.DEV_KEY, user.email(), user.password(),
                    second.organizationId()).json().get("sessionId").asText());

            CompletableFuture<List<Http.Response>> a = CompletableFuture.supplyAsync(
                    () -> parallel(f.http, 3, "/v3/vendors?max=1"));
            List<Http.Response> b = parallel(other, 3, "/v3/vendors?max=1");

            assertThat(a.join()).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(b).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        }
    }

    @Test
    void aSequentialClientNeverExceedsOneInFlight() {
        try (SimFixture f = new SimFixture()) {
            for (int i = 0; i < 10; i++) {
                f.http.get("/v3/vendors?max=1");
            }
            assertThat(f.sim.maxObservedConcurrency()).isEqualTo(1);
        }
    }

    @Test
    void rateLimitStatusIsConfigurable() {
        try (SimFixture f = slow(b -> b.rateLimitHttpStatus(503).maxConcurrentPerOrg(1))) {
            List<Http.Response> answers = parallel(f.http, 3, "/v3/vendors?max=1");

            assertThat(answers).filteredOn(r -> r.status() != 200).isNotEmpty()
                    .allSatisfy(r -> {
                        assertThat(r.status()).isEqualTo(503);
                        assertThat(r.code()).isEqualTo("BDC_1322");
                    });
        }
    }

    @Test
    void hourlyCapAnswersBdc1144UntilTheNextClockHour() {
        try (SimFixture f = new SimFixture(b -> b.hourlyRequestCap(5).sessionIdleTimeout(Duration.ofHours(2)))) {
            for (int i = 0; i < 4; i++) {
                assertThat(f.http.get("/v3/vendors?max=1").status()).isEqualTo(200); // login was call 1
            }
            Http.Response capped = f.http.get("/v3/vendors?max=1");
            assertThat(capped.status()).isEqualTo(429);
            assertThat(capped.code()).isEqualTo("BDC_1144");

            f.clock.set(Instant.parse("2026-06-01T12:59:59Z"));
            assertThat(f.http.get("/v3/vendors?max=1").code()).isEqualTo("BDC_1144");

            f.clock.set(Instant.parse("2026-06-01T13:00:00Z"));
            assertThat(f.http.get("/v3/vendors?max=1").status()).isEqualTo(200);
        }
    }

    @Test
    void hourlyCapIsPerDevKey() {
        try (SimFixture f = new SimFixture(b -> b.hourlyRequestCap(2))) {
            f.http.get("/v3/vendors?max=1");
            assertThat(f.http.get("/v3/vendors?max=1").code()).isEqualTo("BDC_1144");

            f.sim.registerDevKey("other-key");
            Http other = new Http(f.sim.baseUrl());
            assertThat(other.login("other-key", f.user.email(), f.user.password(), f.org.organizationId()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void loginsPerHourAreCappedWithBdc1144() {
        try (SimFixture f = new SimFixture(b -> b.loginsPerHourCap(3))) {
            Http http = new Http(f.sim.baseUrl());
            for (int i = 0; i < 2; i++) {
                assertThat(http.login(SimFixture.DEV_KEY, f.user.email(), f.user.password(),
                        f.org.organizationId()).status()).isEqualTo(200);
            }

            Http.Response capped = http.login(SimFixture.DEV_KEY, f.user.email(), f.user.password(),
                    f.org.organizationId());
            assertThat(capped.status()).isEqualTo(429);
            assertThat(capped.code()).isEqualTo("BDC_1144");
            assertThat(f.http.get("/v3/vendors?max=1").status()).as("other calls go on").isEqualTo(200);

            f.clock.set(Instant.parse("2026-06-01T13:00:00Z"));
            assertThat(http.login(SimFixture.DEV_KEY, f.user.email(), f.user.password(),
                    f.org.organizationId()).status()).isEqualTo(200);
        }
    }
}
