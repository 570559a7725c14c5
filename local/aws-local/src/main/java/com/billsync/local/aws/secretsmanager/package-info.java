/**
 * A small AWS Secrets Manager stand-in on the JDK's HTTP server, speaking the AWS JSON 1.1 protocol the SDK v2
 * client uses ({@code X-Amz-Target: secretsmanager.<Operation>}). Maven Central has no in-process Secrets
 * Manager emulator that runs here, and billsync needs only the lifecycle of a few secrets: create, read, rotate
 * a value by hand, delete and restore.
 *
 * <p>{@link com.billsync.local.aws.secretsmanager.SecretStore} holds the semantics (version stages,
 * idempotency tokens, recovery windows); {@link com.billsync.local.aws.secretsmanager.SecretsManagerApi} maps
 * the wire format onto it; {@link com.billsync.local.aws.secretsmanager.SecretsManagerFake} is the HTTP server.
 */
package com.billsync.local.aws.secretsmanager;
