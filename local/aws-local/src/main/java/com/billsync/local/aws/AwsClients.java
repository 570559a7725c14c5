package com.billsync.local.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds SDK clients the way the Lambdas do (URL-connection HTTP client, fixed region), pointed at a local
 * endpoint with static dummy credentials so no credential chain is ever consulted.
 */
final class AwsClients {

  static final Region REGION = Region.US_EAST_1;
  static final String ACCOUNT_ID = "000000000000";
  static final AwsCredentialsProvider DUMMY_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

  private AwsClients() {}

  static SqsClient sqs(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return configure(SqsClient.builder(), endpoint, region, credentials).build();
  }

  static SecretsManagerClient secretsManager(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return configure(SecretsManagerClient.builder(), endpoint, region, credentials).build();
  }

  static DynamoDbClient dynamoDb(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return configure(DynamoDbClient.builder(), endpoint, region, credentials).build();
  }

  private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(
      B builder, URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return builder
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder());
  }
}
