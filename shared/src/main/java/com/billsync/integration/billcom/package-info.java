/** The {@link com.billsync.integration.BillcomAuthenticator} adapter on billsync's Bill.com client. */
package com.billsync.integration.billcom;
