package com.billsync.simulator.store;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Dev keys (global, as at Bill.com) and the organizations, by id. */
public final class Registry {
    private final Set<String> devKeys = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, OrgData> orgs = new ConcurrentHashMap<>();

    public void registerDevKey(String devKey) {
        if (devKey == null || devKey.isBlank()) {
            throw new IllegalArgumentException("a dev key must not be blank");
        }
        devKeys.add(devKey);
    }

    public boolean isDevKey(String devKey) {
        return devKey != null && devKeys.contains(devKey);
    }

    public boolean hasOrg(String orgId) {
        return orgs.containsKey(orgId);
    }

    public void addOrg(OrgData org) {
        if (orgs.putIfAbsent(org.orgId(), org) != null) {
            throw new IllegalStateException("organization " + org.orgId() + " already exists");
        }
    }

    public Optional<OrgData> org(String orgId) {
        return orgId == null ? Optional.empty() : Optional.ofNullable(orgs.get(orgId));
    }
}
