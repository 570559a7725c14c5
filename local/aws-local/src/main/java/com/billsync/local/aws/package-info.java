/**
 * In-process AWS stand-ins for tests and local runs: DynamoDB Local, ElasticMQ for SQS and our own Secrets
 * Manager fake, all bound to 127.0.0.1, reached through real SDK v2 clients.
 *
 * <p>{@link com.billsync.local.aws.LocalAws#shared()} starts them once per JVM; {@link
 * com.billsync.local.aws.LocalAwsExtension} hands that instance to JUnit tests; {@link
 * com.billsync.local.aws.LocalStackAws} offers the same {@link com.billsync.local.aws.AwsStandIns} contract on
 * a LocalStack container where Docker exists. Dev-only: nothing here may end up in a Lambda artifact.
 */
package com.billsync.local.aws;
