package com.billsync.billcom.model;

/** A postal address as Bill.com writes it on vendors and customers. */
public record Address(
        String line1,
        String line2,
        String city,
        String stateOrProvince,
        String zipOrPostalCode,
        String country) {
}
