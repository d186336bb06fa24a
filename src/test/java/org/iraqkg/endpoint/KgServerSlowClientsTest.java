package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * Slow and silent connections must not starve the server (issue 14, item 3): with 40 connections that trickle a
 * 1 MB body a byte at a time and 20 that send nothing, queries still answer within a second, and the slow
 * connections are closed by the minimum data rate, each logged in one line (no stack trace).
 */
class KgServerSlowClientsTest {
    private static final int SLOW = 40;
    private static final int SILENT = 20;

    @Test
    void slowAndSilentConnectionsDoNotStarveQueries() throws Exception {
        KgStore store = TestData.store();
        KgServer server = null;
        List<Socket> sockets = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread trickler = null;
        List<LogEvent> withStack = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> aborted = java.util.Collections.synchronizedList(new ArrayList<>());
        AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getThrown() != null) {
                    withStack.add(event.toImmutable());
                }
                if (event.getMessage().getFormattedMessage().contains("request aborted")) {
                    aborted.add(event.getMessage().getFormattedMessage());
                }
            }
        };
        capture.start();
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        logs.getConfiguration().getRootLogger().addAppender(capture, Level.WARN, null);
        logs.updateLoggers();
        Configurator.setLevel("org.apache.jena.fuseki", Level.WARN);
        try {
            server = TestData.server(store).ui(false).build().start();
            int port = server.port();
            // Warm up (the first query of a JVM is slow for other reasons).
            assertEquals(200, TestHttp.query(server.sparqlUrl(), "ASK { ?s ?p ?o }", "application/sparql-results+json")
                    .statusCode());
            InetAddress lo = InetAddress.getLoopbackAddress();
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < SLOW; i++) {
                Socket s = new Socket(lo, port);
                s.setSoTimeout(100);
                OutputStream out = s.getOutputStream();
                out.write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 1000000\r\n\r\nASK").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
                sockets.add(s);
            }
            for (int i = 0; i < SILENT; i++) {
                sockets.add(new Socket(lo, port));
            }
            trickler = new Thread(() -> {
                while (!stop.get()) {
                    for (Socket s : slow) {
                        try {
                            s.getOutputStream().write(' ');
                            s.getOutputStream().flush();
                        } catch (IOException e) {
                            // closed by the server: what we want
                        }
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "trickler");
            trickler.setDaemon(true);
            trickler.start();
            Thread.sleep(1_500);

            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), "ASK { ?s ?p ?o }",
                        "application/sparql-results+json");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(ms < 1_000, "query answered after " + ms + " ms with slow clients connected");
                Thread.sleep(100);
            }

            // The minimum data rate ends the trickling requests: each gets an answer or is closed.
            long deadline = System.currentTimeMillis() + 15_000;
            int closed = 0;
            for (Socket s : slow) {
                if (endedBy(s, deadline)) {
                    closed++;
                }
            }
            assertEquals(SLOW, closed, "slow connections ended by the server");
            Thread.sleep(500);
            assertEquals(List.of(), withStack.stream().map(e -> e.getMessage().getFormattedMessage()).toList(),
                    "logged with a stack trace");
            assertTrue(aborted.size() >= 1, "aborted requests are logged: " + aborted);
            assertTrue(aborted.stream().noneMatch(m -> m.contains("\n")), aborted.toString());
        } finally {
            stop.set(true);
            if (trickler != null) {
                trickler.join();
            }
            for (Socket s : sockets) {
                s.close();
            }
            TestData.stop(server, store);
            Configurator.setLevel("org.apache.jena.fuseki", Level.ERROR);
            logs.getConfiguration().getRootLogger().removeAppender("capture");
            logs.updateLoggers();
        }
    }

    /** True when the server answers or closes {@code s} before {@code deadline}. */
    private static boolean endedBy(Socket s, long deadline) throws IOException {
        InputStream in = s.getInputStream();
        byte[] buf = new byte[4096];
        while (System.currentTimeMillis() < deadline) {
            try {
                int n = in.read(buf);
                if (n < 0) {
                    return true;
                }
                if (n > 0 && new String(buf, 0, n, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 ")) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                // keep waiting
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }
}
