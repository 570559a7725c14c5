/** The Secrets Manager adapter of {@link com.billsync.secrets.SecretStore}. */
package com.billsync.secrets.aws;
