package com.billsync.billcom.model;

import java.time.LocalDate;

/** The vendor's invoice a bill records. */
public record Invoice(String invoiceNumber, LocalDate invoiceDate) {
}
