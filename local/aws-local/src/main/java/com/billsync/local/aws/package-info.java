/** In-process AWS stand-ins (DynamoDB Local, ElasticMQ, a Secrets Manager fake). Dev-only. */
package com.billsync.local.aws;
