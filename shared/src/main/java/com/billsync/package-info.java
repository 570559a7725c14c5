/** billsync shared: the domain, the sync engine, and the adapters (Bill.com, DynamoDB, SQS, Secrets Manager). */
package com.billsync;
