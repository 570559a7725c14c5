package com.billsync.config;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS clients of a function, built once per container with the lightweight URL-connection HTTP client.
 * Region and credentials come from the Lambda environment; local endpoints from the SDK's own
 * {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_SQS}, {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}.
 */
public record AwsClients(DynamoDbClient dynamoDb, SqsClient sqs, SecretsManagerClient secretsManager) {

    public static AwsClients fromEnvironment() {
        return new AwsClients(
                DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build());
    }
}
