/**
 * Bill.com integrations: connecting a ledger company to a Bill.com organization, the lifecycle
 * ({@code pending → connected | error → disconnected}), credentials kept in a {@link
 * com.billsync.secrets.SecretStore}, the setup checklist, and the ports to Bill.com authentication and to
 * storage.
 */
package com.billsync.integration;
