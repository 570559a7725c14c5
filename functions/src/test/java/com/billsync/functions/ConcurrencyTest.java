package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent conflicting updates: one wins, the others get 409; nothing is silently overwritten. */
class ConcurrencyTest {

    private static ApiFixture fixture;
    private Client api;
    private String companyId;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
    }

    @BeforeEach
    void newTenant() {
        api = fixture.as("tenant-" + UUID.randomUUID());
        companyId = api.post("/api/companies/", Bodies.company("Race Co")).text("id");
    }

    @Test
    void aStaleIfMatchOnAnAccountIsAConflictAndKeepsTheFirstChange() {
        String path = "/api/companies/" + companyId + "/accounts/"
                + api.post("/api/companies/" + companyId + "/accounts/", Bodies.account("1000", "Bank", "bank"))
                .text("id") + "/";
        Map<String, String> readAtVersion1 = Map.of("if-match", "\"1\"");

        Response first = api.send("PATCH", path, "{\"name\":\"First\"}", readAtVersion1);
        Response second = api.send("PATCH", path, "{\"name\":\"Second\"}", readAtVersion1);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("conflict");
        assertThat(api.get(path).text("name")).isEqualTo("First");
    }

    @Test
    void aStaleIfMatchOnAnIntegrationIsAConflict() {
        String id = api.post("/api/integrations/bill_com/",
                Bodies.connect(companyId, ApiFixture.organization()).toString()).text("id");
        fixture.drainQueue();
        String path = "/api/integrations/bill_com/" + id + "/";
        String etag = api.get(path).headers().get("etag");

        assertThat(api.send("PATCH", path, "{\"display_name\":\"A\"}", Map.of("if-match", etag)).status())
                .isEqualTo(200);
        Response stale = api.send("PATCH", path, "{\"display_name\":\"B\"}", Map.of("if-match", etag));

        assertThat(stale.errorCode()).isEqualTo("conflict");
        assertThat(api.get(path).text("display_name")).isEqualTo("A");
    }

    @Test
    void concurrentAccountUpdatesNeverLoseAWriteSilently() throws Exception {
        String path = "/api/companies/" + companyId + "/accounts/"
                + api.post("/api/companies/" + companyId + "/accounts/", Bodies.account("1000", "Bank", "bank"))
                .text("id") + "/";

        List<Response> responses = race(8, i -> () -> api.patch(path, "{\"name\":\"Writer " + i + "\"}"));

        long won = responses.stream().filter(r -> r.status() == 200).count();
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(200, 409));
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("conflict"));
        Response stored = api.get(path);
        assertThat(stored.body().path("version").asLong()).isEqualTo(1 + won);
    }

    @Test
    void concurrentConnectsForOneCompanyCreateOneIntegration() throws Exception {
        BillcomOrg org = ApiFixture.organization();

        List<Response> responses = race(3, i -> () -> api.post("/api/integrations/bill_com/",
                Bodies.connect(companyId, org).toString()));
        fixture.drainQueue();

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("integration_exists"));
        assertThat(api.get("/api/integrations/bill_com/?company_id=" + companyId).body().path("items")).hasSize(1);
    }

    @Test
    void twoBillcomVendorsRacingForOneLedgerVendorMapOnlyOne() throws Exception {
        BillcomOrg org = ApiFixture.organization();
        Response connected = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString());
        String base = "/api/integrations/bill_com/" + connected.text("id") + "/";
        fixture.completeSeed(connected.text("id"), connected.text("seed_run_id"), org.org());
        fixture.drainQueue();
        var rows = api.get(base + "mappings/vendors/").body().path("items");
        String ledgerVendor = api.put(base + "mappings/vendors/" + rows.get(0).path("external_id").asText() + "/",
                "{\"create\":true}").body().path("mapping").path("ledger_id").asText();
        api.delete(base + "mappings/vendors/" + rows.get(0).path("external_id").asText() + "/");

        List<Response> responses = race(4, i -> () -> api.put(base + "mappings/vendors/"
                + rows.get(i + 1).path("external_id").asText() + "/", "{\"ledger_id\":\"" + ledgerVendor + "\"}"));

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.errorCode()).isIn("already_mapped", "conflict"));
    }

    @Test
    void concurrentTriggersStartOneRun() throws Exception {
        BillcomOrg org = ApiFixture.organization();
        Response connected = api.post("/api/integrations/bill_com/",
                Bodies.connect(companyId, org).put("auto_sync", false).toString());
        String id = connected.text("id");
        fixture.drainQueue();
        Response seed = api.post("/api/integrations/bill_com/" + id + "/trigger-sync/", "{\"plan\":\"seed\"}");
        assertThat(seed.errorCode()).isEqualTo("sync_in_progress");
        fixture.completeSeed(id, connected.text("seed_run_id"), org.org());

        List<Response> responses = race(4, i -> () -> api.post("/api/integrations/bill_com/" + id + "/trigger-sync/",
                "{\"plan\":\"seed\"}"));
        fixture.drainQueue();

        assertThat(responses).filteredOn(r -> r.status() == 202).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 202)
                .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("sync_in_progress"));
    }

    /** Starts {@code n} calls at once and returns their responses. */
    private static List<Response> race(int n, java.util.function.IntFunction<Supplier<Response>> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Supplier<Response> call = calls.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
