package com.billsync.billcom;

import com.billsync.billcom.session.SessionKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounds the requests in flight per (dev key, organization) across every client in the process: Bill.com
 * answers {@code BDC_1322} past 3 concurrent requests per dev key per organization, and several clients
 * (parallel steps, several integrations of one organization) may talk to it at once.
 *
 * <p>Each caller passes its own maximum; a caller waits until fewer than its maximum are in flight. The dev key
 * is held only as a fingerprint.
 */
public final class ConcurrencyLimiter {

    private static final ConcurrencyLimiter SHARED = new ConcurrencyLimiter();

    private final ConcurrentMap<Key, Slot> slots = new ConcurrentHashMap<>();

    /** The process-wide limiter every client uses unless given another. */
    public static ConcurrencyLimiter shared() {
        return SHARED;
    }

    /** Blocks until a request may start; close the returned permit when the response has been read. */
    public Permit acquire(String devKey, String organizationId, int maxInFlight) throws InterruptedException {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        Slot slot = slots.computeIfAbsent(new Key(SessionKey.fingerprint(devKey), organizationId), k -> new Slot());
        slot.acquire(maxInFlight);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                slot.release();
            }
        };
    }

    /** Requests in flight now for this (dev key, organization). */
    public int inFlight(String devKey, String organizationId) {
        Slot slot = slots.get(new Key(SessionKey.fingerprint(devKey), organizationId));
        return slot == null ? 0 : slot.inFlight();
    }

    /** A started request's place; closing it twice releases once. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private record Key(String devKeyFingerprint, String organizationId) {
    }

    private static final class Slot {
        private final ReentrantLock lock = new ReentrantLock(true);
        private final Condition freed = lock.newCondition();
        private int inFlight;

        void acquire(int max) throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (inFlight >= max) {
                    freed.await();
                }
                inFlight++;
            } finally {
                lock.unlock();
            }
        }

        void release() {
            lock.lock();
            try {
                inFlight--;
                // Waiters may have different maximums, so wake them all to re-check.
                freed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        int inFlight() {
            lock.lock();
            try {
                return inFlight;
            } finally {
                lock.unlock();
            }
        }
    }
}
