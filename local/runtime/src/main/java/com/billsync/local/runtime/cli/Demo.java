package com.billsync.local.runtime.cli;

import com.billsync.json.Json;
import com.billsync.local.runtime.gateway.LocalClaims;
import com.billsync.local.runtime.stack.BillsyncStack;
import com.billsync.local.runtime.stack.StackOptions;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimOrg;
import com.billsync.simulator.SimUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code ./billsync demo}: starts the local stack on the simulator's demo organization and walks the whole story
 * through the HTTP API, as a ledger's front end would: a company and its chart, connect, the seed, mapping, a
 * full sync with live progress, and a summary. Prints no credential: the dev key comes from the deployment's
 * default secret, the password only travels in the connect request.
 */
final class Demo {

    static final String TENANT = "demo-tenant";
    private static final Duration SEED_WAIT = Duration.ofMinutes(3);
    private static final Duration SYNC_WAIT = Duration.ofMinutes(10);

    /** A small business's chart in the ledger; most numbers and types also exist in Bill.com, so they match. */
    private record GlAccount(String number, String name, String type, String parent) {
    }

    private static final List<GlAccount> CHART = List.of(
            new GlAccount("1000", "Operating Checking", "bank", null),
            new GlAccount("1010", "Money Market Savings", "bank", null),
            new GlAccount("1200", "Accounts Receivable", "asset", null),
            new GlAccount("2000", "Accounts Payable", "liability", null),
            new GlAccount("2100", "Company Visa", "credit_card", null),
            new GlAccount("3000", "Owner's Equity", "equity", null),
            new GlAccount("4000", "Sales", "income", null),
            new GlAccount("5000", "Cost of Goods Sold", "cost_of_goods_sold", null),
            new GlAccount("6000", "Operating Expenses", "expense", null),
            new GlAccount("6100", "Office Supplies", "expense", "6000"),
            new GlAccount("6200", "Rent", "expense", "6000"),
            new GlAccount("6950", "Charitable Contributions", "expense", "6000"));

    private final PrintStream out;
    private final boolean live;

    Demo(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    /** Runs the story; returns the exit status (0 when the full sync completed). */
    int run(StackOptions options) throws InterruptedException {
        Instant begin = Instant.now();
        out.println("billsync demo: starting the local stack (AWS stand-ins, Bill.com simulator, HTTP API, "
                + "schedule, queue poller) ...");
        try (BillsyncStack stack = BillsyncStack.start(options)) {
            SimOrg org = stack.demoOrganization().orElseThrow();
            out.printf("  stack    ready in %s: API %s/api/ ; Bill.com simulator organization %s (%d vendors, "
                            + "%d bills)%n", Summary.seconds(java.util.Optional.of(stack.startupTime())),
                    stack.apiBaseUrl(), org.organizationId(), org.list(SimKind.VENDOR).size(),
                    org.list(SimKind.BILL).size());
            ApiClient api = new ApiClient(stack.apiBaseUrl(),
                    LocalClaims.unsignedToken(Map.of("sub", "demo-user", "tenant_id", TENANT)));
            return story(api, org, begin);
        }
    }

    private int story(ApiClient api, SimOrg org, Instant begin) throws InterruptedException {
        String companyId = createCompany(api);
        String integrationId = connect(api, org, companyId);
        String integrationPath = "/api/integrations/bill_com/" + integrationId + "/";

        JsonNode integration = api.ok("GET", integrationPath, null);
        String seedRunId = integration.path("seed_run_id").asText();
        JsonNode seed = new RunWatch(api, out, live).follow(integrationPath + "sync-runs/" + seedRunId + "/",
                SEED_WAIT, false);
        StringJoiner pulled = new StringJoiner(", ");
        seed.path("steps").forEach(s -> pulled.add(s.path("step").asText() + " " + s.path("records_read").asLong()));
        out.printf("  3 seed     %s in %s: %s%n", seed.path("status").asText(),
                Summary.seconds(Summary.elapsed(seed)), pulled);
        if (!seed.path("status").asText().startsWith("completed")) {
            out.println("billsync demo: the initial seed did not complete; see the log for why");
            return 1;
        }

        List<AutoMapper.Outcome> mapped = new AutoMapper(api, companyId, integrationId).mapAll();
        StringJoiner mapping = new StringJoiner("; ");
        for (AutoMapper.Outcome o : mapped) {
            String how = switch (o.kind()) {
                case "accounts" -> o.matched() + " matched by number and type, " + o.created() + " created";
                case "funding-accounts" -> o.matched() + " matched to their GL bank account, " + o.created()
                        + " created";
                case "vendors" -> o.matched() + " matched by name, " + o.created() + " created";
                default -> o.created() + " created";
            };
            mapping.add(o.kind() + " " + how);
        }
        out.println("  4 map      " + mapping);

        JsonNode setup = api.ok("GET", integrationPath + "setup-status/", null);
        long met = 0;
        for (JsonNode check : setup.path("checks")) {
            met += check.path("ok").asBoolean() ? 1 : 0;
        }
        out.printf("  5 setup    %s: %d of %d checks met%n", setup.path("completed").asBoolean() ? "complete"
                : "incomplete", met, setup.path("checks").size());

        ApiClient.Reply trigger = api.post(integrationPath + "trigger-sync/", Json.mapper().createObjectNode());
        if (trigger.status() != 202) {
            out.println("billsync demo: trigger-sync answered " + trigger.status() + " " + trigger.errorCode() + ": "
                    + trigger.errorMessage());
            return 1;
        }
        String runId = trigger.body().path("run_id").asText();
        out.println("  6 sync     full run " + runId + " (one SQS FIFO message per step, worker fed by the poller)");
        JsonNode run = new RunWatch(api, out, live).follow(integrationPath + "sync-runs/" + runId + "/", SYNC_WAIT,
                true);

        List<JsonNode> errors = api.all(integrationPath + "errors/?run_id=" + runId);
        out.println("  7 summary");
        Summary.print(out, run, errors, Duration.between(begin, Instant.now()));
        String status = run.path("status").asText();
        boolean completed = status.equals("completed") || status.equals("completed_with_errors");
        if (status.equals("completed_with_errors")) {
            out.println("billsync demo: the sync completed; " + errors.size()
                    + " records were skipped or failed and are in the errors log, each saying what to fix.");
        } else {
            out.println(completed ? "billsync demo: the sync completed."
                    : "billsync demo: the sync did not complete (status " + status + ").");
        }
        return completed ? 0 : 1;
    }

    private String createCompany(ApiClient api) {
        ObjectNode company = Json.mapper().createObjectNode().put("name", "Demo Ledger Co").put("base_currency", "USD");
        String companyId = api.ok("POST", "/api/companies/", company).path("id").asText();
        Map<String, String> idByNumber = new HashMap<>();
        for (GlAccount gl : CHART) {
            ObjectNode account = Json.mapper().createObjectNode().put("number", gl.number()).put("name", gl.name())
                    .put("type", gl.type());
            if (gl.parent() != null) {
                account.put("parent_id", idByNumber.get(gl.parent()));
            }
            idByNumber.put(gl.number(), api.ok("POST", "/api/companies/" + companyId + "/accounts/", account)
                    .path("id").asText());
        }
        out.printf("  1 company  Demo Ledger Co (USD) %s with %d GL accounts%n", companyId, CHART.size());
        return companyId;
    }

    private String connect(ApiClient api, SimOrg org, String companyId) {
        SimUser user = org.users().get(0);
        ObjectNode body = Json.mapper().createObjectNode()
                .put("company_id", companyId)
                .put("username", user.email())
                .put("password", user.password())
                .put("organization_id", org.organizationId())
                .put("display_name", "Demo Bill.com")
                .put("coa_alignment", "preview");
        ApiClient.Reply reply = api.post("/api/integrations/bill_com/", body);
        if (reply.status() != 201) {
            throw new ApiClient.ApiFailure("connect answered " + reply.status() + " " + reply.errorCode() + ": "
                    + reply.errorMessage());
        }
        String integrationId = reply.body().path("id").asText();
        out.printf("  2 connect  integration %s %s to Bill.com organization %s (dev key from the default secret)%n",
                integrationId, reply.body().path("status").asText(), org.organizationId());
        return integrationId;
    }
}
