package com.billsync.local.runtime.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.billsync.config.AwsClients;
import com.billsync.functions.WorkerHandler;
import com.billsync.local.runtime.LocalContext;
import com.billsync.local.runtime.SqsPoller;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The worker function in a JVM of its own, started by the benchmark with the functions jar on its class path
 * and the deployment's environment (endpoints of the stand-ins included), as Lambda starts it:
 *
 * <ul>
 *   <li>{@code worker <body> <group>}: builds {@link WorkerHandler} from the environment and handles one SQS
 *       event with that step message, then prints {@code handled} (the cold start ends there);</li>
 *   <li>{@code empty <body> <group>}: the same with a handler that does nothing, the floor of a cold start;</li>
 *   <li>{@code drain <minutes>}: the worker behind the SQS poller until the queue is empty, then prints its peak
 *       heap (sampled, and the largest after a collection) and peak resident memory.</li>
 * </ul>
 *
 * Only classes of the functions jar and of the local runtime's poller are used, nothing of the stand-ins.
 */
public final class WorkerProbe {

    private WorkerProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "worker", "empty" -> {
                RequestHandler<SQSEvent, SQSBatchResponse> handler = args[0].equals("worker") ? new WorkerHandler()
                        : (event, context) -> new SQSBatchResponse(List.of());
                SQSBatchResponse response = handler.handleRequest(event(args[1], args[2]),
                        new LocalContext("worker", Duration.ofSeconds(900), Clock.systemUTC()));
                System.out.println("handled failures=" + response.getBatchItemFailures().size());
                System.out.flush();
                System.exit(0);
            }
            case "drain" -> drain(Duration.ofMinutes(Long.parseLong(args[1])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static SQSEvent event(String body, String group) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("cold-start-1");
        message.setReceiptHandle("cold-start-1");
        message.setBody(body);
        message.setEventSource("aws:sqs");
        message.setAttributes(Map.of("MessageGroupId", group, "ApproximateReceiveCount", "1"));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    private static void drain(Duration max) throws IOException {
        AtomicLong peakSampled = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = Thread.ofPlatform().daemon(true).name("heap-sampler").start(() -> {
            while (true) {
                peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    peakAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        AwsClients aws = AwsClients.fromEnvironment();
        SqsPoller poller = new SqsPoller(aws.sqs(), System.getenv("SYNC_QUEUE_URL"), new WorkerHandler(),
                new SqsPoller.Options(1, Duration.ofSeconds(900), Duration.ofSeconds(1)));
        long t0 = System.nanoTime();
        boolean drained = poller.drain(max);
        long took = (System.nanoTime() - t0) / 1_000_000;
        sampler.interrupt();
        peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long maxHeap = memory.getHeapMemoryUsage().getMax();
        System.out.printf("drained=%s took_ms=%d peak_heap_used=%d peak_heap_after_gc=%d max_heap=%d vm_hwm_kb=%d%n",
                drained, took, peakSampled.get(), peakAfterGc.get(), maxHeap, vmHwmKb());
        System.out.flush();
        System.exit(0);
    }

    /** Peak resident set size of this process (Linux), or -1. */
    private static long vmHwmKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
