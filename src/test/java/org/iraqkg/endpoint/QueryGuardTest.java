package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The guard's two rules, on threads that stand for running queries. */
class QueryGuardTest {

    private static void waitUntil(AtomicBoolean flag, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!flag.get() && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
    }

    @Test
    void deadlineCancelsThenInterrupts() throws InterruptedException {
        try (QueryGuard guard = new QueryGuard(0.8, () -> false)) {
            AtomicBoolean cancel = new AtomicBoolean();
            CountDownLatch interrupted = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
            t.start();
            QueryGuard.Running r = guard.start(t, cancel, 200);
            waitUntil(cancel, 2_000);
            assertTrue(cancel.get(), "cancelled at the deadline");
            assertEquals(QueryGuard.Reason.TIMEOUT, r.stopped());
            assertTrue(interrupted.await(QueryGuard.GRACE_MILLIS + 2_000, java.util.concurrent.TimeUnit.MILLISECONDS),
                    "interrupted after the grace period");
            guard.end(r);
            t.join();
        }
    }

    @Test
    void noDeadlineNoCancel() throws InterruptedException {
        try (QueryGuard guard = new QueryGuard(0.8, () -> false)) {
            AtomicBoolean cancel = new AtomicBoolean();
            QueryGuard.Running r = guard.start(Thread.currentThread(), cancel, 0);
            Thread.sleep(300);
            assertFalse(cancel.get());
            assertNull(r.stopped());
            guard.end(r);
        }
    }

    /** Under memory pressure the query that allocated the most is stopped, not the other one. */
    @Test
    void memoryPressureStopsTheBiggestAllocator() throws InterruptedException {
        AtomicBoolean pressure = new AtomicBoolean();
        try (QueryGuard guard = new QueryGuard(0.8, pressure::get)) {
            AtomicBoolean stopSmall = new AtomicBoolean();
            AtomicBoolean stopBig = new AtomicBoolean();
            CountDownLatch allocated = new CountDownLatch(1);
            Thread small = new Thread(() -> {
                while (!stopSmall.get()) {
                    Thread.onSpinWait();
                }
            });
            Thread big = new Thread(() -> {
                List<byte[]> held = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    held.add(new byte[1 << 20]);
                }
                allocated.countDown();
                while (!stopBig.get()) {
                    Thread.onSpinWait();
                }
                assertEquals(64, held.size());
            });
            small.start();
            big.start();
            QueryGuard.Running rs = guard.start(small, stopSmall, 0);
            QueryGuard.Running rb = guard.start(big, stopBig, 0);
            allocated.await();
            pressure.set(true);
            waitUntil(stopBig, 2_000);
            pressure.set(false);
            assertTrue(stopBig.get(), "the big allocator is stopped");
            assertEquals(QueryGuard.Reason.MEMORY, rb.stopped());
            assertFalse(stopSmall.get(), "the small one runs on");
            stopSmall.set(true);
            guard.end(rs);
            guard.end(rb);
            small.join();
            big.join();
        }
    }
}
