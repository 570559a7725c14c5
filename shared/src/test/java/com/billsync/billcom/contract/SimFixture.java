package com.billsync.billcom.contract;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.BillcomCredentials;
import com.billsync.billcom.RetryPolicy;
import com.billsync.billcom.session.InMemorySessionProvider;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.MutableClock;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimOrg;
import com.billsync.simulator.SimUser;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** One running simulator with a dev key, one generated organization and its API user. */
final class SimFixture implements AutoCloseable {

    static final String PASSWORD = "pw-Secret-9f3";
    /** Tiny backoff: retries are exercised, the suite stays fast. */
    static final RetryPolicy FAST_RETRY = new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(4));

    final MutableClock clock;
    final BillcomSimulator sim;
    final String devKey;
    final SimOrg org;
    final SimUser user;
    /** Shared by every client this fixture makes, as sessions are shared in production. */
    final InMemorySessionProvider sessions = new InMemorySessionProvider();

    private SimFixture(BillcomSimulator sim, OrgSize size, MutableClock clock) {
        this.sim = sim;
        this.clock = clock;
        this.devKey = sim.registerDevKey("dk-test");
        this.org = sim.createOrganization(OrgSpec.generated(42L, size));
        this.user = org.addUser("ap@example.com", PASSWORD);
    }

    static SimFixture start(OrgSize size) {
        return start(size, b -> b);
    }

    /** Starts a simulator with the defaults of the brief, adjusted by {@code tweak}. */
    static SimFixture start(OrgSize size, UnaryOperator<BillcomSimulator.Builder> tweak) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        BillcomSimulator.Builder builder = BillcomSimulator.builder().port(0).clock(clock)
                .sessionIdleTimeout(Duration.ofMinutes(35)).hourlyRequestCap(20_000).loginsPerHourCap(200)
                .maxConcurrentPerOrg(3).approvalStatusOnV3Bills(true).rateLimitHttpStatus(429);
        return new SimFixture(tweak.apply(builder).build().start(), size, clock);
    }

    BillcomConfig config() {
        return BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl()).withRetry(FAST_RETRY)
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    BillcomCredentials credentials() {
        return new BillcomCredentials(devKey, user.email(), PASSWORD, org.organizationId());
    }

    BillcomClient.Builder clientBuilder(BillcomCredentials credentials) {
        return BillcomClient.builder(config(), credentials).sessionProvider(sessions).clock(clock);
    }

    BillcomClient client() {
        return clientBuilder(credentials()).build();
    }

    long calls(String endpoint) {
        return sim.calls().getOrDefault(endpoint, 0L);
    }

    @Override
    public void close() {
        sim.close();
    }
}
