package com.billsync.simulator.http;

import com.billsync.simulator.SimUser;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.OrgData;

/**
 * The checks shared by v3 and v2 login, in order: dev key (BDC_1102), logins per dev key per hour (BDC_1144,
 * the code Bill.com documents for the login limit), required fields (BDC_1108), then user, password and
 * organization together (BDC_1101, so a caller cannot probe which one was wrong).
 */
final class Logins {
    record Success(Sessions.Session session, OrgData org, SimUser user) {
    }

    private Logins() {
    }

    static Success login(Context ctx, Api api, String devKey, String user, String password, String orgId,
                         String[] fieldNames) {
        if (!ctx.registry().isDevKey(devKey)) {
            throw BdcError.BAD_DEV_KEY.exception();
        }
        if (!ctx.limits().tryLogin(devKey)) {
            throw BdcError.HOURLY_LIMIT.exception(ctx.limits().loginsPerHourCap() + " logins");
        }
        String[] values = {user, password, orgId};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isBlank()) {
                throw BdcError.MISSING_PARAMETER.exception(fieldNames[i]);
            }
        }
        OrgData org = ctx.registry().org(orgId.trim()).orElseThrow(BdcError.BAD_CREDENTIALS::exception);
        SimUser simUser = org.authenticate(user, password).orElseThrow(BdcError.BAD_CREDENTIALS::exception);
        Sessions.Session session = ctx.sessions().open(api, devKey, org.orgId(), simUser.userId());
        ctx.metrics().login();
        return new Success(session, org, simUser);
    }
}
