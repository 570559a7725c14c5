package com.billsync.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.billsync.json.Json;
import com.billsync.planner.Planner;
import com.billsync.planner.PlannerApplication;
import com.billsync.sync.Deadline;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The planner function on the EventBridge schedule: runs one {@link Planner} pass against the Lambda's
 * remaining time and answers its counts (visible in the invocation's result and logs).
 */
public final class PlannerHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {

    private final Planner planner;
    private final Priming priming;

    /** Production: configuration and AWS clients from the environment. */
    public PlannerHandler() {
        this(PlannerApplication.fromEnvironment());
    }

    /** On a given planner: the local runtime and tests. */
    public PlannerHandler(Planner planner) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.priming = Priming.register("planner", PlannerHandler::warmUp);
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        Planner.Result r = planner.plan(Deadline.ofMillis(context::getRemainingTimeInMillis));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("due", r.due());
        out.put("launched", r.launched());
        out.put("claimed_elsewhere", r.lostClaims());
        out.put("not_started", r.notStarted());
        out.put("failed", r.failed());
        out.put("stopped_early", r.stoppedEarly());
        out.put("took_ms", r.took().toMillis());
        return out;
    }

    /** Builds a scheduled event and writes a result as the runtime would: no query, no launch, no message. */
    private static void warmUp() {
        ScheduledEvent event = new ScheduledEvent();
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setTime(new org.joda.time.DateTime(0L, org.joda.time.DateTimeZone.UTC));
        try {
            Json.mapper().writeValueAsString(Map.of("due", 0, "launched", 0, "detail_type", event.getDetailType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Priming priming() {
        return priming;
    }
}
