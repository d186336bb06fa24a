package org.iraqkg.endpoint;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the running queries of a server and stops them through ARQ's cancel signal (the
 * {@code AtomicBoolean} every query iterator checks), from its own thread, every {@value #TICK_MILLIS} ms.
 * <ul>
 * <li><b>Deadline</b>: a query is cancelled when its time is up, counted from the request's arrival. ARQ's own
 * timeout cannot do this while the plan is being built (e.g. the rows an {@code OFFSET} skips over a sort): its
 * alarm waits for a lock the plan building holds. A query still running {@value #GRACE_MILLIS} ms after its
 * deadline is also interrupted (a remote call waiting for an answer ends).</li>
 * <li><b>Memory</b>: when the heap still in use after the last garbage collection is above
 * {@link #memoryFraction} of its maximum, the running query that has allocated the most since it started is
 * cancelled, so that one query (a {@code GROUP_CONCAT} over a cross product, a large {@code GROUP BY}) cannot
 * exhaust the heap that all requests share.</li>
 * </ul>
 */
final class QueryGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryGuard.class);
    static final long TICK_MILLIS = 50;
    static final long GRACE_MILLIS = 2_000;

    enum Reason { TIMEOUT, MEMORY }

    /** One running query. */
    static final class Running {
        final Thread thread;
        final AtomicBoolean cancel;
        final long deadlineNanos;
        final long startAllocated;
        volatile Reason stopped;
        volatile boolean interrupted;

        private Running(Thread thread, AtomicBoolean cancel, long deadlineNanos, long startAllocated) {
            this.thread = thread;
            this.cancel = cancel;
            this.deadlineNanos = deadlineNanos;
            this.startAllocated = startAllocated;
        }

        /** Why the guard stopped it, or null. */
        Reason stopped() {
            return stopped;
        }
    }

    private final double memoryFraction;
    private final java.util.function.BooleanSupplier pressure;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final List<MemoryPoolMXBean> heapPools;
    private final com.sun.management.ThreadMXBean threads;

    /** {@code memoryFraction} in (0, 1]: the share of the heap in use after GC above which a query is stopped. */
    QueryGuard(double memoryFraction) {
        this(memoryFraction, null);
    }

    /** For tests: {@code pressure}, when not null, replaces the heap check. */
    QueryGuard(double memoryFraction, java.util.function.BooleanSupplier pressure) {
        this.memoryFraction = memoryFraction;
        this.pressure = pressure;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        // The old generation holds what survives; young pools are empty after a collection.
        List<MemoryPoolMXBean> old = heap.stream()
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured")).toList();
        this.heapPools = old.isEmpty() ? heap : old;
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        this.threads = mx instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                ? t : null;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-query-guard");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Registers {@code thread}'s query; {@code timeoutMillis} of 0 or less means no deadline. */
    Running start(Thread thread, AtomicBoolean cancel, long timeoutMillis) {
        long deadline = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis)
                : Long.MAX_VALUE;
        Running r = new Running(thread, cancel, deadline, allocated(thread));
        running.add(r);
        return r;
    }

    void end(Running r) {
        running.remove(r);
    }

    private long allocated(Thread t) {
        if (threads == null) {
            return 0;
        }
        long v = threads.getThreadAllocatedBytes(t.getId());
        return Math.max(v, 0);
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            for (Running r : running) {
                if (now - r.deadlineNanos >= 0 && r.deadlineNanos != Long.MAX_VALUE) {
                    stop(r, Reason.TIMEOUT);
                    if (!r.interrupted && now - r.deadlineNanos > TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS)) {
                        r.interrupted = true;
                        r.thread.interrupt();
                    }
                }
            }
            if (!running.isEmpty() && (pressure != null ? pressure.getAsBoolean() : heapNearlyFull())) {
                Running biggest = null;
                long most = -1;
                for (Running r : running) {
                    if (r.stopped != null) {
                        continue;
                    }
                    long used = r.thread.isAlive() ? allocated(r.thread) - r.startAllocated : 0;
                    if (used > most) {
                        most = used;
                        biggest = r;
                    }
                }
                if (biggest != null) {
                    LOG.warn("heap nearly full: stopping the query on {} ({} MB allocated)", biggest.thread.getName(),
                            most >> 20);
                    stop(biggest, Reason.MEMORY);
                }
            }
        } catch (Throwable e) {
            // Never let the schedule die (an exception would end it silently).
            LOG.warn("query guard: {}", e.toString());
        }
    }

    private static void stop(Running r, Reason reason) {
        if (r.stopped == null) {
            r.stopped = reason;
        }
        r.cancel.set(true);
    }

    /**
     * True when the old generation is nearly full: what it held after its last collection is above the fraction of
     * its maximum, or what it holds now is above halfway between that fraction and all of it. (G1 and the parallel
     * collector update the usage after a collection only on an old or mixed collection, which may come late.)
     */
    private boolean heapNearlyFull() {
        long afterGc = 0;
        long now = 0;
        long max = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage cu = p.getCollectionUsage();
            MemoryUsage u = p.getUsage();
            if (cu != null) {
                afterGc += cu.getUsed();
            }
            if (u != null) {
                now += u.getUsed();
                max += u.getMax() > 0 ? u.getMax() : u.getCommitted();
            }
        }
        long heapMax = Runtime.getRuntime().maxMemory();
        if (max <= 0 || max > heapMax) {
            max = heapMax;
        }
        return afterGc > memoryFraction * max || now > (memoryFraction + 1) / 2 * max;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
