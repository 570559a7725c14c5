package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An open balance on a vendor or customer. */
public record Balance(BigDecimal amount, LocalDate lastUpdatedDate) {
}
