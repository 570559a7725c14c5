/**
 * Secrets: the {@link com.billsync.secrets.SecretStore} port (Secrets Manager in AWS, see {@code
 * com.billsync.secrets.aws}), the names of every secret under the configured prefix, and the integration
 * credentials and Bill.com sessions kept in them. Nothing in this package logs a secret's value.
 */
package com.billsync.secrets;
