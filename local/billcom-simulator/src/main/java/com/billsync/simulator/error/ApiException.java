package com.billsync.simulator.error;

/** A request the simulator answers with a Bill.com error instead of a result. */
public final class ApiException extends RuntimeException {
    private final BdcError error;

    public ApiException(BdcError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public BdcError error() {
        return error;
    }
}
