package com.billsync.simulator.http;

/** One endpoint. Throws {@link com.billsync.simulator.error.ApiException} to answer with a Bill.com error. */
@FunctionalInterface
public interface Handler {
    Reply handle(Request request);
}
