/**
 * The DynamoDB adapters of every storage port, on one table whose key layout {@link
 * com.billsync.store.dynamodb.TableLayout} alone knows. {@link com.billsync.store.dynamodb.TableDefinition} is
 * the table as code (tests and the local runtime create it from there; the SAM template mirrors it).
 */
package com.billsync.store.dynamodb;
