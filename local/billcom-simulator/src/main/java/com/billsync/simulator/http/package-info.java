/**
 * Internal: the HTTP side — routing, the request pipeline that applies Bill.com's limits and the injected
 * faults in the order a real gateway would, sessions, and the v3 and v2 endpoint handlers.
 */
package com.billsync.simulator.http;
