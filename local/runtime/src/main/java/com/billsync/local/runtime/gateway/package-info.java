/**
 * A local stand-in for the API Gateway HTTP API: a JDK {@code HttpServer} on 127.0.0.1 that turns each request
 * into the payload-2.0 {@code APIGatewayV2HTTPEvent} the api function receives in AWS (with the JWT
 * authorizer's claims in {@code requestContext.authorizer.jwt.claims}) and the handler's response back into HTTP.
 */
package com.billsync.local.runtime.gateway;
