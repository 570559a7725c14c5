package com.billsync.simulator.http;

/** Every endpoint the simulator serves; anything else is a 404 BDC_1121. */
public final class Routes {
    private Routes() {
    }

    public static Router build(Context ctx) {
        Router router = new Router();
        new V3Auth(ctx).register(router);
        new V3Reads(ctx).register(router);
        new CoaWrites(ctx).register(router);
        new Documents().register(router);
        new V2Endpoints(ctx).register(router);
        return router;
    }
}
