package com.billsync.worker;

import com.billsync.billcom.BillcomConfig;
import com.billsync.coa.CoaAligner;
import com.billsync.coa.CoaSources;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.integration.CredentialVault;
import com.billsync.queue.SqsMessageVisibility;
import com.billsync.secrets.SecretStore;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import com.billsync.store.dynamodb.DynamoCheckpointStore;
import com.billsync.store.dynamodb.DynamoCoaStore;
import com.billsync.store.dynamodb.DynamoErrorLogStore;
import com.billsync.store.dynamodb.DynamoIntegrationStore;
import com.billsync.store.dynamodb.DynamoInvoiceGuard;
import com.billsync.store.dynamodb.DynamoLedgerBatch;
import com.billsync.store.dynamodb.DynamoLedgerStore;
import com.billsync.store.dynamodb.DynamoMappingStore;
import com.billsync.store.dynamodb.DynamoMirrorBatch;
import com.billsync.store.dynamodb.DynamoMirrorStore;
import com.billsync.store.dynamodb.DynamoRunStore;
import com.billsync.store.dynamodb.DynamoSkipIndex;
import com.billsync.store.dynamodb.DynamoSyncStateStore;
import com.billsync.sync.BillcomClients;
import com.billsync.sync.StoredCredentialsClients;
import com.billsync.sync.SyncEngine;
import com.billsync.sync.SyncStores;
import com.billsync.sync.steps.Steps;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The worker function's composition root: config and AWS clients in, a {@link SyncWorker} out. Production calls
 * {@link #fromEnvironment()} once per container; tests and the local runtime call {@link #wire}.
 */
public final class WorkerApplication {

    /**
     * Time kept in reserve after a page: one more page (100 records, its enrichment calls and writes) fits in
     * it, so a step yields well before Lambda's own timeout.
     */
    public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(60);

    /** A retried step waits 30 s per delivery so far (at most 15 minutes). */
    public static final Duration DEFAULT_RETRY_BASE = Duration.ofSeconds(30);

    private WorkerApplication() {
    }

    public static SyncWorker fromEnvironment() {
        AppConfig config = AppConfig.fromEnvironment();
        return wire(config, AwsClients.fromEnvironment(),
                BillcomConfig.of(config.billcomV3Url(), config.billcomV2Url()), Clock.systemUTC(), DEFAULT_MARGIN,
                DEFAULT_RETRY_BASE);
    }

    /**
     * @param margin    time kept in reserve after a page
     * @param retryBase a retried step comes back after this times its delivery count (at most 15 minutes)
     */
    public static SyncWorker wire(AppConfig config, AwsClients aws, BillcomConfig billcom, Clock clock,
                                  Duration margin, Duration retryBase) {
        return wire(config, aws, billcom, clock, margin, retryBase, stores(config, aws));
    }

    /** The same on given stores (tests decorate them to stop a worker at a chosen point). */
    public static SyncWorker wire(AppConfig config, AwsClients aws, BillcomConfig billcom, Clock clock,
                                  Duration margin, Duration retryBase, SyncStores stores) {
        Objects.requireNonNull(config, "config");
        SecretStore secrets = new SecretsManagerSecretStore(aws.secretsManager());
        BillcomClients clients = new StoredCredentialsClients(billcom,
                new CredentialVault(secrets, config.defaultDevKeySecret()), secrets, clock);
        SyncEngine engine = new SyncEngine(stores, clients, Steps.handlers(aligner(config, aws, stores)), clock, margin,
                retryBase);
        return new SyncWorker(engine, new SqsMessageVisibility(aws.sqs(), config.syncQueueUrl()), margin, retryBase);
    }

    /** Chart-of-accounts alignment on the configured table and the stores' mappings, with the configured guard. */
    public static CoaAligner aligner(AppConfig config, AwsClients aws, SyncStores stores) {
        String table = config.tableName();
        return new CoaAligner(new CoaSources(new DynamoLedgerStore(aws.dynamoDb(), table),
                new DynamoMirrorStore(aws.dynamoDb(), table, Clock.systemUTC()), stores.mappings(),
                new DynamoCoaStore(aws.dynamoDb(), table)), config.coaGuard());
    }

    /** Every store the engine uses, on the configured table. */
    public static SyncStores stores(AppConfig config, AwsClients aws) {
        String table = config.tableName();
        return new SyncStores(
                new DynamoIntegrationStore(aws.dynamoDb(), table),
                new DynamoRunStore(aws.dynamoDb(), table),
                new DynamoCheckpointStore(aws.dynamoDb(), table),
                new DynamoSyncStateStore(aws.dynamoDb(), table),
                new DynamoErrorLogStore(aws.dynamoDb(), table, Duration.ofDays(config.errorTtlDays())),
                new DynamoMappingStore(aws.dynamoDb(), table),
                new DynamoMirrorBatch(aws.dynamoDb(), table),
                new DynamoLedgerBatch(aws.dynamoDb(), table),
                new DynamoSkipIndex(aws.dynamoDb(), table),
                new DynamoInvoiceGuard(aws.dynamoDb(), table));
    }
}
