package com.billsync.local.runtime.schedule;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a scheduled event every {@code interval}, like an EventBridge {@code rate(...)} rule: the first after one
 * interval, the next one interval after the previous invocation returned (a slow planner is never invoked twice
 * at once). A failed invocation is logged; the schedule goes on, as EventBridge's would.
 */
public final class LocalSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSchedule.class);

    private final ScheduledExecutorService timer;
    private final Consumer<ScheduledEvent> target;
    private final Clock clock;
    private final String ruleArn;
    private final AtomicLong invocations = new AtomicLong();

    private LocalSchedule(String ruleName, Consumer<ScheduledEvent> target, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ruleArn = "arn:aws:events:us-east-1:000000000000:rule/" + ruleName;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "schedule-" + ruleName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts firing {@code target} every {@code interval}. */
    public static LocalSchedule start(String ruleName, Duration interval, Consumer<ScheduledEvent> target) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the schedule interval must be positive");
        }
        LocalSchedule schedule = new LocalSchedule(ruleName, target, Clock.systemUTC());
        schedule.timer.scheduleWithFixedDelay(schedule::fire, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return schedule;
    }

    /** The event EventBridge sends for a scheduled rule. */
    public static ScheduledEvent event(String ruleArn, Clock clock) {
        ScheduledEvent event = new ScheduledEvent();
        event.setVersion("0");
        event.setId(UUID.randomUUID().toString());
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount("000000000000");
        event.setRegion("us-east-1");
        event.setTime(new DateTime(clock.millis(), DateTimeZone.UTC));
        event.setResources(List.of(ruleArn));
        event.setDetail(Map.of());
        return event;
    }

    /** Fires once now, on the caller's thread; for tests and the first run at start. */
    public void fire() {
        try {
            target.accept(event(ruleArn, clock));
            invocations.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warn("Scheduled invocation failed: {}", e.toString());
        }
    }

    public long invocations() {
        return invocations.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
