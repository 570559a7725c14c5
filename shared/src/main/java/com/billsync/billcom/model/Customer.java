package com.billsync.billcom.model;

import java.time.Instant;

/** A Bill.com customer ({@code 0cu…}). */
public record Customer(
        String id,
        boolean archived,
        String name,
        String email,
        String companyName,
        Contact contact,
        String invoiceCurrency,
        String accountType,
        Address billingAddress,
        Address shippingAddress,
        Balance balance,
        Instant createdTime,
        Instant updatedTime) {

    public Customer {
        Ids.require(id, "customer");
    }

    /** The customer's contact person. */
    public record Contact(String firstName, String lastName) {
    }
}
