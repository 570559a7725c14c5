package com.billsync.billcom.session;

/** Bill.com's two APIs; their sessions are separate and never interchangeable. */
public enum ApiVersion {
    V3,
    V2
}
