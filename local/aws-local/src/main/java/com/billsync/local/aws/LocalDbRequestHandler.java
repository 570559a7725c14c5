package com.billsync.local.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.server.DynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.shared.access.LocalDBClient;

/**
 * Serves DynamoDB Local's HTTP front end from the one {@link LocalDBClient} the embedded client also uses, so a
 * table written over HTTP is the table read in-process. DynamoDB Local's own handler would open a second
 * database per access key; this one ignores the caller's key and region, like {@code -sharedDb}.
 *
 * <p>Calls go to the core's raw clients, whose DynamoDB Local exceptions the HTTP layer turns into AWS error
 * bodies itself. Shutting the core down stays with {@link EmbeddedDynamoDb}.
 */
final class LocalDbRequestHandler extends DynamoDBRequestHandler {

  private final DynamoDbClient db;
  private final DynamoDbStreamsClient streams;

  LocalDbRequestHandler(LocalDBClient core) {
    super(0);
    this.db = core.dynamoDbClient();
    this.streams = core.dynamoDbStreamsClient();
  }

  @Override
  public void shutdown() {
    // The embedded stand-in owns the database; the HTTP server stopping must not close it.
  }

  @Override
  public CreateTableResponse createTable(String key, String region, CreateTableRequest request) {
    return db.createTable(request);
  }

  @Override
  public DeleteTableResponse deleteTable(String key, String region, DeleteTableRequest request) {
    return db.deleteTable(request);
  }

  @Override
  public DescribeTableResponse describeTable(String key, String region, DescribeTableRequest request) {
    return db.describeTable(request);
  }

  @Override
  public DescribeLimitsResponse describeLimits(String key, String region, DescribeLimitsRequest request) {
    return db.describeLimits(request);
  }

  @Override
  public ListTablesResponse listTables(String key, String region, ListTablesRequest request) {
    return db.listTables(request);
  }

  @Override
  public UpdateTableResponse updateTable(String key, String region, UpdateTableRequest request) {
    return db.updateTable(request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(String key, String region, BatchGetItemRequest request) {
    return db.batchGetItem(request);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(String key, String region, BatchWriteItemRequest request) {
    return db.batchWriteItem(request);
  }

  @Override
  public DeleteItemResponse deleteItem(String key, String region, DeleteItemRequest request) {
    return db.deleteItem(request);
  }

  @Override
  public GetItemResponse getItem(String key, String region, GetItemRequest request) {
    return db.getItem(request);
  }

  @Override
  public PutItemResponse putItem(String key, String region, PutItemRequest request) {
    return db.putItem(request);
  }

  @Override
  public QueryResponse query(String key, String region, QueryRequest request) {
    return db.query(request);
  }

  @Override
  public ScanResponse scan(String key, String region, ScanRequest request) {
    return db.scan(request);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(String key, String region, TransactGetItemsRequest request) {
    return db.transactGetItems(request);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(
      String key, String region, TransactWriteItemsRequest request) {
    return db.transactWriteItems(request);
  }

  @Override
  public UpdateItemResponse updateItem(String key, String region, UpdateItemRequest request) {
    return db.updateItem(request);
  }

  @Override
  public DescribeTimeToLiveResponse describeTimeToLive(
      String key, String region, DescribeTimeToLiveRequest request) {
    return db.describeTimeToLive(request);
  }

  @Override
  public UpdateTimeToLiveResponse updateTimeToLive(String key, String region, UpdateTimeToLiveRequest request) {
    return db.updateTimeToLive(request);
  }

  @Override
  public ExecuteStatementResponse executeStatement(String key, String region, ExecuteStatementRequest request) {
    return db.executeStatement(request);
  }

  @Override
  public BatchExecuteStatementResponse batchExecuteStatement(
      String key, String region, BatchExecuteStatementRequest request) {
    return db.batchExecuteStatement(request);
  }

  @Override
  public ExecuteTransactionResponse executeTransaction(
      String key, String region, ExecuteTransactionRequest request) {
    return db.executeTransaction(request);
  }

  @Override
  public DescribeStreamResponse describeStream(String key, String region, DescribeStreamRequest request) {
    return streams.describeStream(request);
  }

  @Override
  public ListStreamsResponse listStreams(String key, String region, ListStreamsRequest request) {
    return streams.listStreams(request);
  }

  @Override
  public GetShardIteratorResponse getShardIterator(String key, String region, GetShardIteratorRequest request) {
    return streams.getShardIterator(request);
  }

  @Override
  public GetRecordsResponse getRecords(String key, String region, GetRecordsRequest request) {
    return streams.getRecords(request);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(
      String key, String region, ListTagsOfResourceRequest request) {
    return db.listTagsOfResource(request);
  }

  @Override
  public TagResourceResponse tagResource(String key, String region, TagResourceRequest request) {
    return db.tagResource(request);
  }

  @Override
  public UntagResourceResponse untagResource(String key, String region, UntagResourceRequest request) {
    return db.untagResource(request);
  }
}
