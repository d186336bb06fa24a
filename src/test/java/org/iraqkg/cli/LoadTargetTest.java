package org.iraqkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg load --target URL} writes each document's named graph into another triple store over the SPARQL 1.1
 * Graph Store Protocol: here a second Fuseki (plain, in memory, on a free loopback port), once open and once
 * behind HTTP Basic authentication. Loading again replaces the graphs: the same quads, nothing twice.
 */
class LoadTargetTest {
    @TempDir
    Path dir;

    private static final Path DOCS = Path.of(System.getProperty("kg.project.dir", "."), "data", "documents");

    private static long quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
    }

    private static Set<String> graphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining((Node g) -> out.add(g.getURI()));
            return out;
        });
    }

    @Test
    void documentsGoToAnotherFusekiAndLoadingAgainReplacesThem() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/other", remote).build().start();
        try {
            String target = "http://127.0.0.1:" + fuseki.getHttpPort() + "/other/data";
            CliTest.Run first = CliTest.kg("load", "--no-progress", "--target", target, DOCS.toString());
            assertEquals(0, first.status(), first.out() + first.err());
            assertTrue(first.out().startsWith("loaded 2 documents"), first.out());
            Set<String> names = graphs(remote);
            assertTrue(names.stream().filter(g -> g.contains("/graph/")).count() >= 2, names.toString());
            assertTrue(names.stream().anyMatch(g -> g.endsWith("/graph/lexicon")), names.toString());
            long quads = quads(remote);
            assertTrue(quads > 3000, "quads: " + quads);

            CliTest.Run again = CliTest.kg("load", "--no-progress", "--target", target, DOCS.toString());
            assertEquals(0, again.status(), again.out() + again.err());
            assertEquals(quads, quads(remote), "loading again replaces the graphs");
            assertEquals(names, graphs(remote));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void targetBehindBasicAuthentication() throws Exception {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "loader: s3cret\n", StandardCharsets.UTF_8);
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).passwordFile(passwd.toString())
                .auth(org.apache.jena.atlas.web.AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific("loader"))
                .add("/other", DatasetFactory.wrap(remote).asDatasetGraph()).build().start();
        try {
            String target = "http://127.0.0.1:" + fuseki.getHttpPort() + "/other/data";
            CliTest.Run refused = CliTest.kg("load", "--no-progress", "--target", target, DOCS.toString());
            assertTrue(refused.status() != 0 || refused.err().contains("401"), refused.out() + refused.err());
            assertFalse(refused.err().contains("\tat "), "no stack trace: " + refused.err());
            assertEquals(0, quads(remote));

            Path password = dir.resolve("password");
            Files.writeString(password, "s3cret\n", StandardCharsets.UTF_8);
            CliTest.Run ok = CliTest.kg("load", "--no-progress", "--target", target, "--target-user", "loader",
                    "--target-password-file", password.toString(), DOCS.toString());
            assertEquals(0, ok.status(), ok.out() + ok.err());
            assertTrue(quads(remote) > 3000);
        } finally {
            fuseki.stop();
        }
    }
}
