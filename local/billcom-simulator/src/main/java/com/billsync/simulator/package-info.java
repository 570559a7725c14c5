/** A Bill.com API simulator for tests and local runs. Dev-only: never packaged into a Lambda. */
package com.billsync.simulator;
