package com.billsync.sync;

import com.billsync.billcom.BillcomClient;
import com.billsync.integration.Integration;

/**
 * Builds the Bill.com client of an integration (its stored credentials, its shared session). A new client per
 * step invocation, so its call counts are the step's.
 */
@FunctionalInterface
public interface BillcomClients {

    BillcomClient forIntegration(Integration integration);
}
