/**
 * Internal: list queries as Bill.com takes them — v3 {@code filters=field:op:value}, {@code sort=field:asc|desc},
 * {@code max} and opaque keyset {@code page} tokens; v2 filter objects with symbolic operators.
 */
package com.billsync.simulator.query;
