package com.billsync.simulator;

import java.time.Instant;
import java.util.function.UnaryOperator;

/** A started simulator on a moving test clock with one dev key, one DEMO org and a logged-in v3 client. */
final class SimFixture implements AutoCloseable {
    static final String DEV_KEY = "test-dev-key";
    static final Instant START = Instant.parse("2026-06-01T12:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final BillcomSimulator sim;
    final SimOrg org;
    final SimUser user;
    final Http http;

    SimFixture() {
        this(b -> b);
    }

    SimFixture(UnaryOperator<BillcomSimulator.Builder> settings) {
        this(settings, OrgSpec.generated(42L, OrgSize.DEMO));
    }

    SimFixture(UnaryOperator<BillcomSimulator.Builder> settings, OrgSpec spec) {
        sim = settings.apply(BillcomSimulator.builder().port(0).clock(clock)).build().start();
        sim.registerDevKey(DEV_KEY);
        org = sim.createOrganization(spec);
        user = org.users().isEmpty() ? org.addUser("ap@example.com", "pw") : org.users().get(0);
        http = new Http(sim.baseUrl());
        Http.Response login = http.login(DEV_KEY, user.email(), user.password(), org.organizationId());
        if (login.status() != 200) {
            throw new IllegalStateException("fixture login failed: " + login.body());
        }
        http.auth(DEV_KEY, login.json().get("sessionId").asText());
    }

    /** A fresh client logged in to the fixture's org (its own session). */
    Http newSession() {
        Http other = new Http(sim.baseUrl());
        Http.Response login = other.login(DEV_KEY, user.email(), user.password(), org.organizationId());
        return other.auth(DEV_KEY, login.json().get("sessionId").asText());
    }

    @Override
    public void close() {
        sim.close();
    }
}
