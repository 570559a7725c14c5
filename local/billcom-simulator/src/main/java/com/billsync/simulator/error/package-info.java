/** Internal: the Bill.com error codes the simulator answers with, and the exception that carries one. */
package com.billsync.simulator.error;
