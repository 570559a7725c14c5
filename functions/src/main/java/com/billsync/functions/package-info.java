/** Thin Lambda handlers: translate AWS events to calls on services in {@code shared} and back. */
package com.billsync.functions;
