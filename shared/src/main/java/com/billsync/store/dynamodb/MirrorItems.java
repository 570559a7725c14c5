package com.billsync.store.dynamodb;

import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Mirror rows as items, for the mapping screens' store and the sync engine's batch store alike. */
final class MirrorItems {

    private MirrorItems() {
    }

    static Map<String, AttributeValue> item(MirrorRow r) {
        return Item.key(TableLayout.integration(r.integrationId()), TableLayout.mirror(r.kind(), r.billcomId()))
                .s(TableLayout.ENTITY, "mirror").s("integration_id", r.integrationId()).s("kind", r.kind().name())
                .s("billcom_id", r.billcomId()).s("hash", r.hash()).s("json", r.json())
                .time("updated_at", r.updatedAt())
                .build();
    }

    static MirrorRow row(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        return new MirrorRow(r.s("integration_id"), BillcomKind.valueOf(r.s("kind")), r.s("billcom_id"),
                r.s("hash"), r.s("json"), r.time("updated_at"));
    }
}
