package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestData.EX;
import static org.iraqkg.endpoint.TestData.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query timeout really stops a runaway query: on a store of about 20,000 triples, a query that would run for
 * hours is answered with 503 within the timeout and 5 s, the server answers the next query at once, and 3 s after
 * the 503 no thread of the JVM (Jetty's request threads run ARQ) is still using CPU: the execution was cancelled,
 * not merely abandoned.
 */
class KgServerRunawayQueryTest {
    private static final String JSON = "application/sparql-results+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Filler triples, and links of a binary tree: 20,000 triples with the two small documents. */
    private static final int N = 10_000;

    private static KgStore store;
    private static KgServer server;

    @BeforeAll
    static void start() {
        store = TestData.store();
        TestData.addFiller(store, EX + "graph/filler", N);
        // A tree, not a chain: ARQ evaluates a path closure depth first, one stack frame per step, and overflows
        // the stack on a long chain (see pathOverALongChainIsStoppedByTheTimeout); a tree is only 13 levels deep.
        Node tree = NodeFactory.createURI(EX + "graph/tree");
        Node child = NodeFactory.createURI(EX + "child");
        store.write(() -> {
            for (int i = 1; i <= N; i++) {
                store.datasetGraph().add(tree, NodeFactory.createURI(EX + "n" + (i - 1) / 2), child,
                        NodeFactory.createURI(EX + "n" + i));
            }
        });
        server = TestData.server(store).queryTimeout(TIMEOUT).ui(false).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 10,000^3 bindings through a regular expression that never matches
        "SELECT * WHERE { ?a ex:value ?x . ?b ex:value ?y . ?c ex:value ?z "
            + "FILTER(REGEX(CONCAT(?x, ?y, ?z), \"^never-there$\", \"i\")) }",
        // the same, counted: no row is sent before the end
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ex:value ?x . ?b ex:value ?y . ?c ex:value ?z "
            + "FILTER(REGEX(CONCAT(?x, ?y, ?z), \"never-there\")) }",
        // the closure of a tree of 10,001 nodes in both directions: 10^8 pairs
        "SELECT * WHERE { ?x (ex:child|^ex:child)+ ?y FILTER(CONTAINS(STR(?y), \"never-there\")) }",
        // the same closure, counted
        "SELECT (COUNT(*) AS ?n) WHERE { ?x (ex:child|^ex:child)* ?y }"
    })
    void runawayQueryIsStoppedAndStopsUsingCpu(String where) throws InterruptedException {
        assertStopped(server, PREFIXES + where, 503, 2 * N + TestData.TRIPLES);
    }

    /**
     * A path closure over a chain of 10,000 links: ARQ's path evaluation (PathEngineSPARQL.ALP_1) makes a
     * recursive call per step, which overflowed the stack of a request thread (a 500, after which the
     * connection could hang). Queries run on a thread with a deep stack, so this one runs away like the others
     * and is stopped by the timeout.
     */
    @Test
    void pathOverALongChainIsStoppedByTheTimeout() throws InterruptedException {
        try (KgStore chainStore = TestData.store()) {
            Node chain = NodeFactory.createURI(EX + "graph/chain");
            Node next = NodeFactory.createURI(EX + "next");
            chainStore.write(() -> {
                for (int i = 0; i < N; i++) {
                    chainStore.datasetGraph().add(chain, NodeFactory.createURI(EX + "n" + i), next,
                            NodeFactory.createURI(EX + "n" + (i + 1)));
                }
            });
            KgServer chainServer = TestData.server(chainStore).queryTimeout(TIMEOUT).ui(false).build().start();
            try {
                assertStopped(chainServer, PREFIXES + "SELECT * WHERE { ?x (ex:next|^ex:next)+ ?y "
                        + "FILTER(CONTAINS(STR(?y), \"never-there\")) }", 503, N + TestData.TRIPLES);
            } finally {
                chainServer.stop();
            }
        }
    }

    /**
     * Sends {@code query}: the answer has {@code status} within the timeout and 5 s, the server answers the next
     * query at once, and 3 s later no thread is using CPU.
     */
    private static void assertStopped(KgServer server, String query, int status, long triples)
            throws InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), query, JSON);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(status, r.statusCode(), "status after " + millis + " ms: " + r.body());
        assertTrue(millis < TIMEOUT.toMillis() + 5_000, "answered after " + millis + " ms");

        // The server still answers, at once.
        t0 = System.nanoTime();
        HttpResponse<String> count = TestHttp.query(server.sparqlUrl(),
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", JSON);
        assertEquals(200, count.statusCode(), count.body());
        assertTrue(count.body().contains("\"" + triples + "\""), count.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "the next query waited");

        // 3 s after the answer, nothing is still computing.
        Thread.sleep(3_000);
        List<String> busy = busyThreads(Duration.ofSeconds(1), Duration.ofMillis(100));
        assertEquals(List.of(), busy, "threads still using CPU 3 s after the timeout");
    }

    /** The check above sees a thread that computes. */
    @Test
    void busyThreadsSeesASpinningThread() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread spin = new Thread(() -> {
            long x = 0;
            while (!stop.get()) {
                x += System.nanoTime() % 7;
            }
            assertTrue(x >= 0);
        }, "spinner");
        spin.start();
        try {
            List<String> busy = busyThreads(Duration.ofSeconds(1), Duration.ofMillis(100));
            assertTrue(busy.stream().anyMatch(b -> b.startsWith("spinner used")), busy.toString());
        } finally {
            stop.set(true);
            spin.join();
        }
    }

    /**
     * The threads of this JVM (but the current one) that used more than {@code limit} of CPU time during
     * {@code window}, with their stacks.
     */
    static List<String> busyThreads(Duration window, Duration limit) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Map<Long, Long> before = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            before.put(id, mx.getThreadCpuTime(id));
        }
        Thread.sleep(window.toMillis());
        List<String> busy = new ArrayList<>();
        for (long id : mx.getAllThreadIds()) {
            Long start = before.get(id);
            long now = mx.getThreadCpuTime(id);
            if (id == self || start == null || start < 0 || now < 0) {
                continue;
            }
            long used = now - start;
            if (used > limit.toNanos()) {
                ThreadInfo info = mx.getThreadInfo(id, 12);
                StringBuilder sb = new StringBuilder(info == null ? "thread " + id : info.getThreadName())
                        .append(" used ").append(used / 1_000_000).append(" ms of CPU in ")
                        .append(window.toMillis()).append(" ms");
                if (info != null) {
                    for (StackTraceElement e : info.getStackTrace()) {
                        sb.append("\n    at ").append(e);
                    }
                }
                busy.add(sb.toString());
            }
        }
        return busy;
    }
}
