/**
 * Values every billsync service shares: the one service error type and its codes, id generation, pages.
 * Nothing here knows HTTP, Lambda or the AWS SDK.
 */
package com.billsync.domain;
