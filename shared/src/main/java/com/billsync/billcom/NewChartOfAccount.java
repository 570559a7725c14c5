package com.billsync.billcom;

import com.billsync.billcom.model.AccountInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A chart-of-accounts row to create in Bill.com. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewChartOfAccount(String name, String description, String parentId, AccountInfo account) {

    public NewChartOfAccount {
        Objects.requireNonNull(name, "name");
    }
}
