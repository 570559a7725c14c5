/**
 * A local stand-in for the EventBridge schedule that invokes the planner function: a timer on one daemon thread
 * that hands the planner a scheduled event, as the rule in {@code template.yaml} does in AWS.
 */
package com.billsync.local.runtime.schedule;
