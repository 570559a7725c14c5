/**
 * The HTTP API without Lambda types: {@link com.billsync.api.ApiRequest} in, {@link
 * com.billsync.api.ApiResponse} out. {@link com.billsync.api.RouteTable} lists every route (the OpenAPI test
 * compares it with {@code openapi.yaml}); {@link com.billsync.api.Router} matches a request, authorizes the
 * tenant from the JWT claims, validates input and calls a service; {@link com.billsync.api.ApiApplication}
 * wires production and tests alike.
 */
package com.billsync.api;
