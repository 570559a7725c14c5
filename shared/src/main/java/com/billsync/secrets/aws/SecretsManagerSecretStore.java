package com.billsync.secrets.aws;

import com.billsync.secrets.SecretStore;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * {@link SecretStore} on AWS Secrets Manager. Deletion keeps the 7-day recovery window (Secrets Manager's
 * minimum), so a mistaken disconnect can be undone by an operator. Logs name secrets, never their values.
 */
public final class SecretsManagerSecretStore implements SecretStore {

    static final int RECOVERY_WINDOW_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerSecretStore.class);

    private final SecretsManagerClient client;

    public SecretsManagerSecretStore(SecretsManagerClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void create(String name, String value) {
        try {
            client.createSecret(b -> b.name(name).secretString(value));
            LOG.info("Created secret {}", name);
        } catch (ResourceExistsException e) {
            throw new IllegalStateException("Secret " + name + " already exists");
        }
    }

    @Override
    public Optional<String> read(String name) {
        try {
            return Optional.ofNullable(client.getSecretValue(b -> b.secretId(name)).secretString());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (InvalidRequestException e) {
            // Scheduled for deletion: treated as gone.
            return Optional.empty();
        }
    }

    @Override
    public void put(String name, String value) {
        try {
            client.putSecretValue(b -> b.secretId(name).secretString(value));
        } catch (ResourceNotFoundException e) {
            create(name, value);
        }
    }

    @Override
    public void scheduleDeletion(String name) {
        try {
            client.deleteSecret(b -> b.secretId(name).recoveryWindowInDays((long) RECOVERY_WINDOW_DAYS));
            LOG.info("Scheduled deletion of secret {} in {} days", name, RECOVERY_WINDOW_DAYS);
        } catch (ResourceNotFoundException | InvalidRequestException alreadyGoneOrScheduled) {
            LOG.info("Secret {} already deleted or scheduled for deletion", name);
        }
    }

    @Override
    public void deleteNow(String name) {
        try {
            client.deleteSecret(b -> b.secretId(name).forceDeleteWithoutRecovery(true));
            LOG.info("Deleted secret {}", name);
        } catch (ResourceNotFoundException alreadyGone) {
            // Nothing to undo.
        }
    }
}
