/**
 * Dev-only runtime pieces that stand in for what AWS does around the Lambda handlers: an SQS event-source
 * poller ({@link com.billsync.local.runtime.SqsPoller}) and a Lambda {@link
 * com.amazonaws.services.lambda.runtime.Context} with a real deadline ({@link
 * com.billsync.local.runtime.LocalContext}). Nothing here is packaged into a Lambda artifact.
 */
package com.billsync.local.runtime;
