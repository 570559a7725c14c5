package com.billsync.api;

import com.billsync.billcom.BillcomConfig;
import com.billsync.coa.CoaAlignmentService;
import com.billsync.coa.CoaSources;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.domain.Ids;
import com.billsync.integration.BillcomAuthenticator;
import com.billsync.integration.CredentialVault;
import com.billsync.integration.IntegrationService;
import com.billsync.integration.IntegrationStore;
import com.billsync.integration.Integrations;
import com.billsync.integration.SetupChecker;
import com.billsync.integration.SyncScheduler;
import com.billsync.integration.billcom.ClientAuthenticator;
import com.billsync.ledger.LedgerService;
import com.billsync.ledger.LedgerStore;
import com.billsync.mapping.MappingService;
import com.billsync.mapping.MappingStore;
import com.billsync.mapping.MirrorStore;
import com.billsync.queue.SqsSyncQueue;
import com.billsync.runs.ErrorLogStore;
import com.billsync.runs.RunLauncher;
import com.billsync.runs.RunStore;
import com.billsync.runs.SyncRunService;
import com.billsync.runs.SyncStateStore;
import com.billsync.secrets.SecretNames;
import com.billsync.secrets.SecretStore;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import com.billsync.store.dynamodb.DynamoCoaStore;
import com.billsync.store.dynamodb.DynamoErrorLogStore;
import com.billsync.store.dynamodb.DynamoIntegrationStore;
import com.billsync.store.dynamodb.DynamoLedgerStore;
import com.billsync.store.dynamodb.DynamoMappingStore;
import com.billsync.store.dynamodb.DynamoMirrorStore;
import com.billsync.store.dynamodb.DynamoRunStore;
import com.billsync.store.dynamodb.DynamoSyncStateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The api function's composition root: config and AWS clients in, a {@link Router} out. Production calls
 * {@link #fromEnvironment()} once per container; tests call {@link #wire} with the local stand-ins' clients.
 */
public final class ApiApplication {

    private ApiApplication() {
    }

    public static Router fromEnvironment() {
        AppConfig config = AppConfig.fromEnvironment();
        return wire(config, AwsClients.fromEnvironment(),
                BillcomConfig.of(config.billcomV3Url(), config.billcomV2Url()), Clock.systemUTC());
    }

    /** Everything the api function needs, on the given clients, Bill.com settings and clock. */
    public static Router wire(AppConfig config, AwsClients aws, BillcomConfig billcom, Clock clock) {
        Objects.requireNonNull(config, "config");
        String table = config.tableName();
        Ids ids = new Ids(clock, new java.security.SecureRandom());
        LedgerStore ledgerStore = new DynamoLedgerStore(aws.dynamoDb(), table);
        IntegrationStore integrationStore = new DynamoIntegrationStore(aws.dynamoDb(), table);
        MirrorStore mirror = new DynamoMirrorStore(aws.dynamoDb(), table, clock);
        MappingStore mappings = new DynamoMappingStore(aws.dynamoDb(), table);
        RunStore runs = new DynamoRunStore(aws.dynamoDb(), table);
        ErrorLogStore errors = new DynamoErrorLogStore(aws.dynamoDb(), table,
                Duration.ofDays(config.errorTtlDays()));
        SyncStateStore syncState = new DynamoSyncStateStore(aws.dynamoDb(), table);
        SecretStore secrets = new SecretsManagerSecretStore(aws.secretsManager());
        SecretNames names = new SecretNames(config.secretPrefix());
        BillcomAuthenticator authenticator = new ClientAuthenticator(billcom, secrets, names);

        LedgerService ledger = new LedgerService(ledgerStore, ids, clock);
        SetupChecker checker = new SetupChecker(ledgerStore, mirror, mappings, syncState);
        SyncScheduler scheduler = new SyncScheduler(integrationStore, checker, clock);
        RunLauncher launcher = new RunLauncher(runs, new SqsSyncQueue(aws.sqs(), config.syncQueueUrl()), ids, clock);
        IntegrationService integrations = new IntegrationService(integrationStore, ledger,
                new CredentialVault(secrets, config.defaultDevKeySecret()), names, authenticator, launcher, runs,
                checker, scheduler, errors, ids, clock);
        Integrations lookup = new Integrations(integrationStore);
        MappingService mappingService = new MappingService(lookup, mirror, mappings, ledgerStore, scheduler, ids,
                clock);
        SyncRunService runService = new SyncRunService(lookup, checker, launcher, runs, errors, syncState);
        CoaAlignmentService coa = new CoaAlignmentService(lookup, new CoaSources(ledgerStore, mirror, mappings,
                new DynamoCoaStore(aws.dynamoDb(), table)), config.coaGuard(), clock);
        return new Router(new ApiServices(ledger, integrations, mappingService, runService, coa), config.tenantClaim(),
                config.maxBodyBytes());
    }
}
