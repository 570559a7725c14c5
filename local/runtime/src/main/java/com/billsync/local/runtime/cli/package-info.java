/**
 * The {@code ./billsync} commands: {@code demo} (the whole story through the local HTTP API, with live progress
 * and a summary) and {@code serve} (the local stack, kept running). Flags, messages and exit codes live here;
 * the stack itself is in {@code ..stack}.
 */
package com.billsync.local.runtime.cli;
