/**
 * Contract tests: the Bill.com client against the Bill.com simulator over real HTTP on 127.0.0.1, one
 * simulator per test class. Both were built from billcom-api.md independently, so each checks the other.
 */
package com.billsync.billcom.contract;
