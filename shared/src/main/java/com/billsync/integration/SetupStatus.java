package com.billsync.integration;

import java.util.List;

/** The setup checklist; full runs need every check to hold. */
public record SetupStatus(List<SetupCheck> checks) {

    public SetupStatus {
        checks = List.copyOf(checks);
    }

    public boolean completed() {
        return checks.stream().allMatch(SetupCheck::ok);
    }

    public List<SetupCheck> unmet() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }
}
