package com.billsync.simulator.http;

/** The two API families: they differ in transport (JSON vs form posts), sessions and error format. */
public enum Api {
    V3, V2
}
