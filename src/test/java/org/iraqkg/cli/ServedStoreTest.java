package org.iraqkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code kg serve} running in another process (TDB2 lets one process open a store), {@code kg export},
 * {@code kg query} and {@code kg load} on the same {@code --db} go through the server instead of failing on the
 * store's lock; when the store is held and no server says where it is, the commands say so in one line.
 */
class ServedStoreTest {
    private static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));
    private static final Path DOCS = HOME.resolve("data/documents");
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path dir;

    @Test
    void exportQueryAndLoadGoThroughARunningServer() throws Exception {
        Path db = dir.resolve("db");
        CliTest.Run loaded = CliTest.kg("load", "--no-progress", "--db", db.toString(), DOCS.toString());
        assertEquals(0, loaded.status(), loaded.err());
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "loader: s3cret\n", StandardCharsets.UTF_8);
        Path password = dir.resolve("password");
        Files.writeString(password, "s3cret\n", StandardCharsets.UTF_8);

        Path log = dir.resolve("serve.log");
        Process server = startServer(db, log, "--update-password-file", passwd.toString());
        try {
            ServedStore served = waitForServer(server, db, log);
            assertEquals(server.pid(), served.pid());
            assertTrue(served.datasetUrl().startsWith("http://127.0.0.1:"), served.datasetUrl());
            assertTrue(served.updates());
            String via = "served by kg serve (process " + server.pid() + ") at " + served.datasetUrl();

            // export: the whole dataset, every named graph, read through the Graph Store endpoint
            Path nq = dir.resolve("all.nq");
            CliTest.Run export = CliTest.kg("export", "--db", db.toString(), "--format", "nq", "--out", nq.toString());
            assertEquals(0, export.status(), export.err());
            assertTrue(export.err().contains(via), export.err());
            assertFalse(export.err().contains("Exception"), export.err());
            DatasetGraph exported = RDFDataMgr.loadDatasetGraph(nq.toString());
            long graphs = org.apache.jena.atlas.iterator.Iter.count(exported.listGraphNodes());
            assertEquals(4, graphs, "two documents, the lexicon and the ontology");
            assertTrue(exported.stream().count() > 3000);
            Path gexf = dir.resolve("all.gexf");
            CliTest.Run graphExport = CliTest.kg("export", "--db", db.toString(), "--format", "gexf", "--out",
                    gexf.toString());
            assertEquals(0, graphExport.status(), graphExport.err());
            assertTrue(graphExport.err().matches("(?s).*wrote \\d+ nodes and \\d+ edges.*"), graphExport.err());

            // query: through the SPARQL endpoint
            CliTest.Run query = CliTest.kg("query", "--db", db.toString(), "--format", "csv", GRAPHS);
            assertEquals(0, query.status(), query.err());
            assertEquals("n\r\n4\r\n", query.out());
            assertTrue(query.err().contains(via), query.err());
            CliTest.Run bad = CliTest.kg("query", "--db", db.toString(), "SELECT * WHERE { SERVICE <http://x/> {} }");
            assertEquals(1, bad.status(), bad.err());
            assertEquals(2, bad.err().lines().count(), "the route, then one error line: " + bad.err());

            // load: without the server's credentials, one line saying what to do
            Path more = dir.resolve("more");
            Files.createDirectories(more);
            Files.writeString(more.resolve("extra.txt"), """
                    السوداني يستقبل وفدا أمريكيا في بغداد
                    بغداد - استقبل رئيس الوزراء محمد شياع السوداني وفدا من وزارة الخارجية الأمريكية، وقال السوداني إن \
                    العراق ماض في إنهاء مهمة التحالف الدولي.
                    """, StandardCharsets.UTF_8);
            CliTest.Run refused = CliTest.kg("load", "--no-progress", "--db", db.toString(), more.toString());
            assertEquals(1, refused.status());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().contains(via + ": load through it with --target-user USER "
                    + "--target-password-file FILE"), refused.err());
            CliTest.Run load = CliTest.kg("load", "--no-progress", "--db", db.toString(), "--target-user", "loader",
                    "--target-password-file", password.toString(), more.toString());
            assertEquals(0, load.status(), load.out() + load.err());
            assertTrue(load.out().startsWith("loaded 1 document"), load.out());
            assertTrue(load.err().contains(served.dataUrl()), load.err());
            assertEquals("n\r\n5\r\n", CliTest.kg("query", "--db", db.toString(), "--format", "csv", GRAPHS).out(),
                    "the new document's graph is in the served store");

            // a store held without a server's address: one line naming the process
            Files.delete(db.resolve(ServedStore.FILE));
            CliTest.Run held = CliTest.kg("query", "--db", db.toString(), GRAPHS);
            assertEquals(1, held.status());
            assertEquals(List.of("kg: error: the store " + db + " is in use by process " + server.pid()
                    + " (another kg command or kg serve); wait for it to finish or stop it (run with --verbose for "
                    + "details)"), held.err().lines().toList());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        CliTest.Run after = CliTest.kg("query", "--db", db.toString(), "--format", "csv", GRAPHS);
        assertEquals("n\r\n5\r\n", after.out(), "with the server stopped the store opens here: " + after.err());
        assertFalse(after.err().contains("served by"), after.err());
    }

    @Test
    void theServerRemovesItsAddressWhenItStops() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.kg("load", "--no-progress", "--db", db.toString(), DOCS.toString()).status());
        Path log = dir.resolve("serve.log");
        Process server = startServer(db, log);
        try {
            ServedStore served = waitForServer(server, db, log);
            assertFalse(served.updates());
            Path more = dir.resolve("more.txt");
            Files.writeString(more, "عنوان\nنص قصير عن بغداد.\n", StandardCharsets.UTF_8);
            CliTest.Run refused = CliTest.kg("load", "--no-progress", "--db", db.toString(), more.toString());
            assertEquals(1, refused.status());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().contains("is served read-only by kg serve (process " + server.pid() + ")"),
                    refused.err());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertFalse(Files.exists(db.resolve(ServedStore.FILE)), "removed at shutdown");
    }

    /** {@code kg serve --db DB --port 0} in a new JVM with this JVM's classpath, output to {@code log}. */
    private static Process startServer(Path db, Path log, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Dkg.home=" + HOME.toAbsolutePath(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(),
                "--host", "127.0.0.1", "--port", "0"));
        cmd.addAll(List.of(options));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static ServedStore waitForServer(Process server, Path db, Path log) throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 120_000_000_000L) {
            ServedStore s = ServedStore.find(db);
            if (s != null) {
                return s;
            }
            if (!server.isAlive()) {
                throw new AssertionError("kg serve exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("kg serve did not write " + ServedStore.FILE + ": " + Files.readString(log));
    }
}
