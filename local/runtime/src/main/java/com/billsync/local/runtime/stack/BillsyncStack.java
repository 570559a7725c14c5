package com.billsync.local.runtime.stack;

import com.billsync.api.ApiApplication;
import com.billsync.billcom.BillcomConfig;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.functions.ApiHandler;
import com.billsync.functions.PlannerHandler;
import com.billsync.functions.WorkerHandler;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.LocalAwsOptions;
import com.billsync.local.aws.QueuePair;
import com.billsync.local.runtime.LocalContext;
import com.billsync.local.runtime.SqsPoller;
import com.billsync.local.runtime.gateway.LocalClaims;
import com.billsync.local.runtime.gateway.LocalHttpGateway;
import com.billsync.local.runtime.schedule.LocalSchedule;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.Main;
import com.billsync.simulator.OrgSpec;
import com.billsync.planner.PlannerApplication;
import com.billsync.simulator.SimOrg;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.worker.WorkerApplication;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

/**
 * Starts the whole deployment in this JVM, in dependency order, and stops it in reverse: Bill.com (the
 * simulator, or a reachability check of the given URLs), the AWS stand-ins, the table, the FIFO queue and its
 * dead-letter queue, the default dev key secret, the three handlers built exactly as in Lambda, then the SQS
 * poller (the worker's event source), the schedule (the planner's) and the HTTP gateway (the api's).
 */
public final class BillsyncStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BillsyncStack.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private BillcomSimulator simulator;
    private SimOrg demoOrganization;
    private LocalAws aws;
    private QueuePair queue;
    private AppConfig config;
    private LocalHttpGateway gateway;
    private SqsPoller poller;
    private LocalSchedule schedule;
    private Duration startupTime;

    private BillsyncStack() {
    }

    /**
     * Starts everything or nothing: on a failure, what had started is stopped again before the exception leaves.
     *
     * @throws StackStartException with a one-line reason (port taken, Bill.com unreachable, ...)
     */
    public static BillsyncStack start(StackOptions options) {
        BillsyncStack stack = new BillsyncStack();
        Instant begin = Instant.now();
        try {
            stack.startAll(options);
        } catch (RuntimeException e) {
            stack.close();
            throw e instanceof StackStartException s ? s : new StackStartException(reason(e), e);
        }
        stack.startupTime = Duration.between(begin, Instant.now());
        return stack;
    }

    private void startAll(StackOptions options) {
        // Cheap checks first: a taken port or a wrong URL should fail in a second, not after the stand-ins start.
        LocalHttpGateway.checkPortFree(options.port());
        BillcomConfig billcom = billcom(options);
        aws = closing(LocalAws.start(LocalAwsOptions.builder()
                .stateDir(options.stateDir().map(BillsyncStack::awsStateDir).orElse(null))
                .build()));
        TableDefinition.create(aws.dynamoDb(), StackSettings.TABLE_NAME);
        queue = aws.createQueuePair(StackSettings.QUEUE_BASE_NAME, StackSettings.MAX_RECEIVE_COUNT,
                StackSettings.QUEUE_VISIBILITY);
        config = AppConfig.from(environment(billcom, simulator != null));
        AwsClients clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        Clock clock = Clock.systemUTC();

        ApiHandler api = new ApiHandler(ApiApplication.wire(config, clients, billcom, clock));
        WorkerHandler worker = new WorkerHandler(WorkerApplication.wire(config, clients, billcom, clock,
                WorkerApplication.DEFAULT_MARGIN, WorkerApplication.DEFAULT_RETRY_BASE));
        PlannerHandler planner = new PlannerHandler(PlannerApplication.wire(config, clients, clock));

        poller = closing(new SqsPoller(aws.sqs(), queue.queueUrl(), worker, new SqsPoller.Options(
                StackSettings.WORKER_BATCH_SIZE, StackSettings.WORKER_TIMEOUT, Duration.ofSeconds(1))));
        poller.start();
        schedule = closing(LocalSchedule.start("billsync-local-planner", options.scheduleInterval(),
                event -> planner.handleRequest(event, new LocalContext("planner", StackSettings.PLANNER_TIMEOUT,
                        clock))));
        gateway = closing(LocalHttpGateway.start(options.port(), api, new LocalClaims(config.tenantClaim()),
                StackSettings.API_TIMEOUT));
    }

    /** The simulator with its demo organization, or the given Bill.com after checking that it answers. */
    private BillcomConfig billcom(StackOptions options) {
        if (options.billcom().isPresent()) {
            StackOptions.BillcomUrls urls = options.billcom().get();
            Reachability.check("Bill.com v3", urls.v3());
            Reachability.check("Bill.com v2", urls.v2());
            return BillcomConfig.of(urls.v3(), urls.v2());
        }
        simulator = closing(BillcomSimulator.builder().port(0).build().start());
        simulator.registerDevKey(Main.DEMO_DEV_KEY);
        demoOrganization = simulator.createOrganization(OrgSpec.generated(options.simulatorSeed(),
                options.simulatorSize()));
        return BillcomConfig.of(simulator.v3BaseUrl(), simulator.v2BaseUrl());
    }

    /** The functions' environment, as template.yaml sets it. */
    private Map<String, String> environment(BillcomConfig billcom, boolean withDefaultDevKey) {
        Map<String, String> env = new HashMap<>();
        env.put(AppConfig.TABLE_NAME, StackSettings.TABLE_NAME);
        env.put(AppConfig.SYNC_QUEUE_URL, queue.queueUrl());
        env.put(AppConfig.SECRET_PREFIX, StackSettings.SECRET_PREFIX);
        env.put(AppConfig.TENANT_CLAIM, StackSettings.TENANT_CLAIM);
        env.put(AppConfig.BILLCOM_V3_URL, billcom.v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, billcom.v2BaseUrl().toString());
        if (withDefaultDevKey) {
            // The deployment-wide dev key, as an operator stores it in AWS: connect requests need not carry one.
            try {
                aws.secretsManager().createSecret(b -> b.name(StackSettings.DEFAULT_DEV_KEY_SECRET)
                        .secretString("{\"dev_key\":\"" + Main.DEMO_DEV_KEY + "\"}"));
            } catch (ResourceExistsException kept) {
                LOG.debug("Default dev key secret kept from the state directory");
            }
            env.put(AppConfig.DEFAULT_DEV_KEY_SECRET, StackSettings.DEFAULT_DEV_KEY_SECRET);
        }
        return env;
    }

    private <T extends AutoCloseable> T closing(T resource) {
        started.add(resource);
        return resource;
    }

    /** {@code http://127.0.0.1:PORT}; the API is under {@code /api/}. */
    public URI apiBaseUrl() {
        return gateway.baseUrl();
    }

    public AppConfig config() {
        return config;
    }

    public LocalAws aws() {
        return aws;
    }

    public QueuePair queue() {
        return queue;
    }

    public SqsPoller poller() {
        return poller;
    }

    public LocalSchedule schedule() {
        return schedule;
    }

    /** The built-in simulator, when the stack runs on it. */
    public Optional<BillcomSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** The simulator's generated organization, when the stack runs on the simulator. */
    public Optional<SimOrg> demoOrganization() {
        return Optional.ofNullable(demoOrganization);
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Stops what started, newest first; safe to call twice. */
    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", started.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        started.clear();
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The stack could not start; the message is one line for the person who started it. */
    public static final class StackStartException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StackStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Where {@code stateDir} keeps the AWS stand-ins' data. */
    static Path awsStateDir(Path stateDir) {
        return stateDir.resolve("aws");
    }
}
