package com.billsync.billcom;

import com.billsync.billcom.model.AccountInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Changes to one chart-of-accounts row: {@code null} fields are left as they are. Moving a row to the top
 * level needs an explicit {@code parentId: null}, hence {@link #clearParent}. Archived state is not patched;
 * use archive and restore.
 */
public record ChartOfAccountPatch(
        String id, String name, String description, String parentId, AccountInfo account, boolean clearParent) {

    public ChartOfAccountPatch {
        Objects.requireNonNull(id, "id");
        if (clearParent && parentId != null) {
            throw new IllegalArgumentException("either a parentId or clearParent, not both");
        }
    }

    /** A patch that changes nothing yet. */
    public static ChartOfAccountPatch of(String id) {
        return new ChartOfAccountPatch(id, null, null, null, null, false);
    }

    public ChartOfAccountPatch withName(String value) {
        return new ChartOfAccountPatch(id, value, description, parentId, account, clearParent);
    }

    public ChartOfAccountPatch withDescription(String value) {
        return new ChartOfAccountPatch(id, name, value, parentId, account, clearParent);
    }

    public ChartOfAccountPatch withParentId(String value) {
        return new ChartOfAccountPatch(id, name, description, value, account, false);
    }

    public ChartOfAccountPatch withoutParent() {
        return new ChartOfAccountPatch(id, name, description, null, account, true);
    }

    public ChartOfAccountPatch withAccount(AccountInfo value) {
        return new ChartOfAccountPatch(id, name, description, parentId, value, clearParent);
    }

    /** The JSON body: changed fields only; {@code id} only inside bulk bodies. */
    ObjectNode toJson(boolean withId) {
        ObjectNode node = BillcomJson.MAPPER.createObjectNode();
        if (withId) {
            node.put("id", id);
        }
        if (name != null) {
            node.put("name", name);
        }
        if (description != null) {
            node.put("description", description);
        }
        if (parentId != null) {
            node.put("parentId", parentId);
        } else if (clearParent) {
            node.putNull("parentId");
        }
        if (account != null) {
            node.set("account", BillcomJson.MAPPER.valueToTree(account));
        }
        return node;
    }
}
