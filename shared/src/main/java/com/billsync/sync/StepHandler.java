package com.billsync.sync;

/** One kind of step (vendors, bills, ...): runs or resumes it from the context's checkpoint. */
@FunctionalInterface
public interface StepHandler {

    /**
     * Works through the step and returns when it is done. Calls {@link StepContext#pageDone} after every durable
     * page, which may throw {@link StepYield}; Bill.com failures escape as {@link
     * com.billsync.billcom.BillcomException} for the engine to classify.
     */
    void run(StepContext ctx);
}
