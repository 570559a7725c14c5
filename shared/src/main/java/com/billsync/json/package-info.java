/**
 * The project's one JSON configuration. {@link com.billsync.json.Json#mapper()} speaks our own HTTP API's
 * dialect (snake_case, ISO-8601 dates, unknown properties ignored); adapters for other dialects (Bill.com's
 * camelCase) derive their mapper from it with {@link com.billsync.json.Json#derive()} so the shared settings
 * stay in one place.
 */
package com.billsync.json;
