package org.iraqkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The endpoint load test in short (4 clients for 5 s, the sample documents reloaded meanwhile): no request fails,
 * no reload fails.
 */
class EndpointLoadSmokeTest {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));

    @Test
    void concurrentQueriesAndReloadsWithoutErrors() throws Exception {
        EndpointLoadTest.Config d = EndpointLoadTest.Config.defaults(HOME);
        EndpointLoadTest.Config c = new EndpointLoadTest.Config(d.documents(), d.queries(), d.lexicon(), 4,
                Duration.ofSeconds(5), d.queryTimeout(), true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        EndpointLoadTest.Result r = EndpointLoadTest.run(c, out);
        r.print(out);
        String report = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertEquals(0, r.errors(), report);
        assertEquals(0, r.reloadFailures(), report);
        assertTrue(r.requests() > 0, report);
        assertTrue(r.reloads() > 0, report);
        r.byQuery().forEach((q, s) -> assertTrue(s.requests() > 0, q + " sent\n" + report));
    }
}
