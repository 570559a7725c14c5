package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.StubBillcom.Res;
import com.billsync.billcom.model.AccountInfo;
import com.billsync.billcom.model.Vendor;
import com.billsync.billcom.session.ApiVersion;
import com.billsync.billcom.session.InMemorySessionProvider;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client behaviours over real HTTP against a scripted server. */
class BillcomClientStubTest {

    private static final String DEV_KEY = "DEVKEY-SECRET";
    private static final String PASSWORD = "PASSWORD-SECRET";
    private static final BillcomCredentials CREDENTIALS =
            new BillcomCredentials(DEV_KEY, "ap@example.com", PASSWORD, "008ORG");
    private static final String COA = "/v3/classifications/chart-of-accounts";

    private static StubBillcom stub;
    private InMemorySessionProvider sessions;
    private BillcomClient client;

    @BeforeAll
    static void startStub() throws Exception {
        stub = new StubBillcom();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void newClient() {
        stub.reset();
        sessions = new InMemorySessionProvider();
        client = BillcomClient.builder(BillcomConfig.of(stub.v3(), stub.v2())
                        .withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(2)))
                        .withRequestTimeout(Duration.ofSeconds(5)), CREDENTIALS)
                .sessionProvider(sessions)
                .limiter(new ConcurrencyLimiter())
                .build();
    }

    private static Res loginOr(StubBillcom.Req r, java.util.function.Function<StubBillcom.Req, Res> rest) {
        return r.path().equals("/v3/login") ? new Res(200, StubBillcom.LOGIN_OK) : rest.apply(r);
    }

    @Test
    void stopsListingWhenBillcomRepeatsAPageToken() {
        stub.answer(r -> loginOr(r, x -> new Res(200,
                "{\"nextPage\":\"SAME\",\"results\":[{\"id\":\"009" + (x.query().contains("page=") ? "B" : "A") + "\"}]}")));

        var ids = client.list(BillcomKind.VENDORS, ListQuery.all()).remainingRecords().stream().map(Vendor::id).toList();

        assertThat(ids).containsExactly("009A", "009B");
        assertThat(stub.requests("GET", "/v3/vendors")).hasSize(2);
    }

    @Test
    void sendsDevKeyAndSessionIdAsHeadersAndPageSize100() {
        stub.answer(r -> loginOr(r, x -> new Res(200, "{\"results\":[]}")));

        client.list(BillcomKind.VENDORS, ListQuery.all()).next();

        var req = stub.requests("GET", "/v3/vendors").get(0);
        assertThat(req.headers()).containsEntry("devKey", DEV_KEY).containsEntry("sessionId", "SESSION-SECRET");
        assertThat(req.query()).isEqualTo("max=100").doesNotContain(DEV_KEY, "SESSION-SECRET");
        assertThat(stub.requests("POST", "/v3/login").get(0).body())
                .contains("\"username\":\"ap@example.com\"", "\"organizationId\":\"008ORG\"", "\"devKey\"");
    }

    @Test
    void createIsNotRepeatedAfterServerError() {
        stub.answer(r -> loginOr(r, x -> new Res(500, "[{\"code\":\"BDC_1001\",\"message\":\"System error\"}]")));

        assertThatThrownBy(() -> client.chartOfAccounts().create(new NewChartOfAccount("Rent", null, null, null)))
                .isInstanceOf(BillcomException.Unavailable.class);
        assertThat(stub.requests("POST", COA)).hasSize(1);
    }

    @Test
    void createIsNotRepeatedAfterDroppedConnection() {
        stub.answer(r -> loginOr(r, x -> Res.DROP));

        assertThatThrownBy(() -> client.chartOfAccounts().create(new NewChartOfAccount("Rent", null, null, null)))
                .isInstanceOf(BillcomException.Unavailable.class)
                .hasMessageContaining("not repeated");
        assertThat(stub.requests("POST", COA)).hasSize(1);
    }

    @Test
    void createIsRetriedAfterConcurrencyLimitBecauseBillcomDidNotProcessIt() {
        AtomicInteger creates = new AtomicInteger();
        stub.answer(r -> loginOr(r, x -> creates.incrementAndGet() == 1
                ? new Res(429, "[{\"code\":\"BDC_1322\",\"message\":\"Max concurrent\"}]")
                : new Res(201, "{\"id\":\"0caNEW\",\"name\":\"Rent\",\"account\":{\"type\":\"EXPENSE\",\"number\":\"6100\"}}")));

        var created = client.chartOfAccounts().create(new NewChartOfAccount("Rent", null, null,
                new AccountInfo("EXPENSE", "6100")));

        assertThat(created.id()).isEqualTo("0caNEW");
        assertThat(stub.requests("POST", COA)).hasSize(2);
    }

    @Test
    void patchIsRetriedAfterServerErrorBecauseItIsIdempotent() {
        AtomicInteger patches = new AtomicInteger();
        stub.answer(r -> loginOr(r, x -> patches.incrementAndGet() == 1
                ? new Res(503, "<html>unavailable</html>")
                : new Res(200, "{\"id\":\"0ca1\",\"name\":\"Rent\"}")));

        assertThat(client.chartOfAccounts().patch(ChartOfAccountPatch.of("0ca1").withName("Rent")).name())
                .isEqualTo("Rent");
        assertThat(stub.requests("PATCH", COA + "/0ca1")).hasSize(2);
    }

    @Test
    void secretsEchoedByBillcomNeverReachTheException() {
        stub.answer(r -> new Res(400, "[{\"code\":\"BDC_1101\",\"message\":\"bad login for " + PASSWORD + " with key "
                + DEV_KEY + "\"}]"));

        assertThatThrownBy(() -> client.login())
                .isInstanceOfSatisfying(BillcomException.AuthFailed.class, e -> {
                    assertThat(e.code()).isEqualTo("BDC_1101");
                    assertThat(e.getMessage()).doesNotContain(PASSWORD, DEV_KEY).contains("***");
                    assertThat(e.billcomMessage()).doesNotContain(PASSWORD, DEV_KEY);
                });
    }

    @Test
    void sessionIdEchoedInAnErrorNeverReachesTheException() {
        stub.answer(r -> loginOr(r, x -> new Res(400,
                "[{\"code\":\"BDC_1234\",\"message\":\"bad filter for session SESSION-SECRET\"}]")));

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, "009A"))
                .isInstanceOf(BillcomException.Rejected.class)
                .message().doesNotContain("SESSION-SECRET");
    }

    @Test
    void loginRefusedWithAnUnlistedCodeIsAnAuthFailure() {
        stub.answer(r -> new Res(400, "[{\"code\":\"BDC_1111\",\"message\":\"Organization not found\"}]"));

        assertThatThrownBy(() -> client.login())
                .isInstanceOfSatisfying(BillcomException.AuthFailed.class,
                        e -> assertThat(e.code()).isEqualTo("BDC_1111"));
        assertThat(stub.requests("POST", "/v3/login")).hasSize(1);
    }

    @Test
    void successStatusWithNonJsonBodyIsInvalidResponse() {
        stub.answer(r -> loginOr(r, x -> new Res(200, "<html>maintenance</html>")));

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, "009A"))
                .isInstanceOf(BillcomException.InvalidResponse.class);
    }

    @Test
    void listingWithoutResultsArrayIsInvalidResponse() {
        stub.answer(r -> loginOr(r, x -> new Res(200, "{\"items\":[]}")));

        assertThatThrownBy(() -> client.list(BillcomKind.VENDORS, ListQuery.all()).next())
                .isInstanceOf(BillcomException.InvalidResponse.class);
    }

    @Test
    void logoutEndsTheSessionAndForgetsIt() {
        stub.answer(r -> loginOr(r, x -> new Res(200, "")));
        client.login();

        client.logout();

        var logout = stub.requests("POST", "/v3/logout");
        assertThat(logout).singleElement().satisfies(r -> assertThat(r.headers()).containsEntry("sessionId", "SESSION-SECRET"));
        assertThat(sessions.get(CREDENTIALS.sessionKey(ApiVersion.V3))).isEmpty();
    }

    @Test
    void backsOffThroughTheInjectedSleeperWithGrowingJitteredDelays() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));
        java.util.List<Duration> slept = new java.util.ArrayList<>();
        java.util.random.RandomGenerator half = () -> 0L;
        BillcomClient recording = BillcomClient.builder(BillcomConfig.of(stub.v3(), stub.v2()).withRetry(policy),
                        CREDENTIALS)
                .limiter(new ConcurrencyLimiter()).sleeper(slept::add).random(half).build();
        AtomicInteger gets = new AtomicInteger();
        stub.answer(r -> loginOr(r, x -> gets.incrementAndGet() <= 3
                ? new Res(422, "[{\"code\":\"BDC_1322\",\"message\":\"Max concurrent\"}]")
                : new Res(200, "{\"id\":\"009A\"}")));

        recording.get(BillcomKind.VENDORS, "009A");

        assertThat(slept).containsExactly(policy.backoff(1, half), policy.backoff(2, half), policy.backoff(3, half));
        assertThat(slept).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void callCounterCountsEveryAttemptPerEndpoint() {
        AtomicInteger gets = new AtomicInteger();
        stub.answer(r -> loginOr(r, x -> gets.incrementAndGet() == 1
                ? new Res(503, "")
                : new Res(200, "{\"id\":\"009A\"}")));

        client.get(BillcomKind.VENDORS, "009A");

        assertThat(client.calls().get("GET /v3/vendors/{id}")).isEqualTo(2);
        assertThat(client.calls().get("POST /v3/login")).isEqualTo(1);
        assertThat(client.calls().total()).isEqualTo(3);
    }
}
