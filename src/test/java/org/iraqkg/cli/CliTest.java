package org.iraqkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kg} commands end to end on the seed documents: load, query, reload, validate, export, errors. */
class CliTest {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));
    static final Path DOCS = HOME.resolve("data").resolve("documents");

    @TempDir
    Path tmp;

    /** Output of a command: exit status, stdout, stderr. */
    record Run(int status, String out, String err) {}

    static synchronized Run kg(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int status = cl.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void progressLinesSayHowLongIsLeft() {
        // a quarter of the input in 20 s: 60 s to go
        assertEquals(", about 1 min left", LoadCommand.left(20, 250, 1000));
        assertEquals(", about 20 s left", LoadCommand.left(20, 500, 1000));
        assertEquals(", about 0 s left", LoadCommand.left(20, 1000, 1000));
        assertEquals(", about 2.8 h left", LoadCommand.left(100, 1, 100));
        assertEquals("", LoadCommand.left(20, 0, 1000), "nothing read yet: no guess");
        assertEquals("", LoadCommand.left(20, 10, 0), "size of the input unknown");
    }

    /**
     * Issue 14, item 6: a NUL in a record's text was stored and then {@code kg export --format rdfxml} failed for
     * the whole store; a lone surrogate was stored silently; a duplicate id was counted as skipped although it
     * replaced the earlier record. Now the NUL is replaced (and noted), the surrogate noted, the duplicate noted
     * as loaded, and the summary counts no skipped input.
     */
    @Test
    void loadNotesNulsSurrogatesAndDuplicates() throws IOException {
        String db = tmp.resolve("db").toString();
        Path jsonl = Files.writeString(tmp.resolve("odd.jsonl"),
                "{\"id\": \"a\", \"text\": \"قال السوداني\\u0000 إن الحوار مستمر.\"}\n"
                + "{\"id\": \"b\", \"text\": \"أعلنت بغداد\\ud800 تأجيل الاجتماع.\"}\n"
                + "{\"id\": \"a\", \"text\": \"قال السوداني\\u0000 إن الحوار مستمر اليوم.\"}\n"
                + "{\"id\": \"c\", \"text\": \"وقال الوزير\\u0007\\u001b إن الوفد وصل\\uffff.\"}\n",
                StandardCharsets.UTF_8);
        Run load = kg("load", "--db", db, "--no-progress", "--strict", jsonl.toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.err().contains("kg: note: " + jsonl + ":1: document \"a\" loaded with 1 character XML "
                + "cannot hold (NUL, control characters) replaced by U+FFFD"), load.err());
        assertTrue(load.err().contains(":2: document \"b\" loaded with 1 unpaired surrogate"), load.err());
        assertTrue(load.err().contains("kg: note: ") && load.err().contains("duplicate id \"a\""), load.err());
        assertFalse(load.err().contains("kg: skipped"), load.err());
        assertFalse(load.err().contains("; skipped "), load.err());
        assertTrue(load.err().contains(":4: document \"c\" loaded with 3 characters XML cannot hold"), load.err());
        assertTrue(load.err().contains("; 5 notes") || load.out().contains("; 5 notes"), load.err() + load.out());

        Run export = kg("export", "--db", db, "--format", "rdfxml", "--out", tmp.resolve("all.rdf").toString());
        assertEquals(0, export.status(), export.err());
        assertTrue(Files.readString(tmp.resolve("all.rdf")).contains("\uFFFD"));
    }

    @Test
    void loadQueryReloadValidate() throws IOException {
        String db = tmp.resolve("db").toString();
        Run first = kg("load", "--no-progress", "--db", db, DOCS.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("loaded 2 documents"), first.out());

        Run entities = kg("query", "--db", db, "--format", "csv", HOME.resolve("queries/entities.rq").toString());
        assertEquals(0, entities.status(), entities.err());
        assertTrue(entities.out().startsWith("entity,label,type\r\n"), "W3C CSV header with CRLF");
        assertTrue(entities.out().contains("http://localhost:3030/id/sudani,محمد شياع السوداني,Person"),
                entities.out());
        assertTrue(entities.out().contains("http://localhost:3030/id/iraq,العراق,Country"));

        long quads = quads(db);
        Run again = kg("load", "--no-progress", "--db", db, DOCS.toString());
        assertEquals(0, again.status(), again.err());
        assertEquals(quads, quads(db), "loading the same documents again must not add triples");

        Run valid = kg("validate", "--db", db);
        assertEquals(0, valid.status(), valid.out() + valid.err());
        assertTrue(valid.out().contains("conforms"), valid.out());

        Path nq = tmp.resolve("all.nq");
        Run export = kg("export", "--db", db, "--format", "nq", "--out", nq.toString());
        assertEquals(0, export.status(), export.err());
        assertEquals(quads, Files.lines(nq).filter(l -> !l.isBlank()).count());
    }

    private static long quads(String db) {
        Run r = kg("query", "--db", db, "--format", "tsv",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, r.status(), r.err());
        String n = r.out().lines().skip(1).findFirst().orElseThrow();
        return Long.parseLong(n.replaceAll("^\"?(\\d+).*$", "$1"));
    }

    @Test
    void queryFormats() {
        String db = tmp.resolve("db").toString();
        assertEquals(0, kg("load", "--no-progress", "--db", db, DOCS.resolve("001_6fad253ff53b076a.txt").toString())
                .status());
        String q = "PREFIX kg: <https://w3id.org/iraqkg/ontology#> SELECT ?f { ?d kg:fileName ?f }";
        assertTrue(kg("query", "--db", db, "--format", "json", q).out().contains("\"value\": \"001_6fad253ff53b076a.txt\""));
        assertTrue(kg("query", "--db", db, "--format", "tsv", q).out().contains("\"001_6fad253ff53b076a.txt\""));
        assertTrue(kg("query", "--db", db, "--format", "xml", q).out().contains("<literal>001_6fad253ff53b076a.txt"));
        assertTrue(kg("query", "--db", db, q).out().contains("001_6fad253ff53b076a.txt"), "table");
        assertTrue(kg("query", "--db", db, "--format", "csv", "ASK { ?s ?p ?o }").out().contains("true"));
        String ttl = kg("query", "--db", db, "CONSTRUCT { ?d a ?t } WHERE { ?d a ?t } LIMIT 1").out();
        assertTrue(ttl.contains(" a "), ttl);
    }

    @Test
    void explainPrintsThePlanWithoutAStore() {
        String db = tmp.resolve("none").toString();
        String perRow = "SELECT * { ?e a ?c OPTIONAL { ?e <urn:p> ?v } BIND(STR(?v) AS ?s) }";
        Run plan = kg("query", "--db", db, "--explain", perRow);
        assertEquals(0, plan.status(), plan.err());
        assertTrue(plan.out().contains("(conditional"), plan.out());
        String whole = "SELECT * { ?e a ?c OPTIONAL { ?e <urn:p> ?v OPTIONAL { ?v <urn:q> ?w } "
                + "BIND(COALESCE(?w, STR(?v)) AS ?s) } }";
        assertTrue(kg("query", "--db", db, "--explain", whole).out().contains("(leftjoin"));
    }

    @Test
    void explainTellsPerSentenceWhatCameOutAndWhy() throws IOException {
        Path jsonl = tmp.resolve("two.jsonl");
        Files.writeString(jsonl, "{\"id\": \"first\", \"published\": \"2024-05-12\", \"title\": \"t\", "
                + "\"text\": \"وقال فؤاد حسين إن المفاوضات مستمرة.\"}\n"
                + "{\"id\": \"second\", \"published\": \"2024-05-12\", \"title\": \"t\", "
                + "\"text\": \"وقال مصدر عسكري إن الاشتباكات مستمرة. وأضافت الصحيفة أيضا.\"}\n");
        Run first = kg("explain", jsonl.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("document first  published 2024-05-12"), first.out());
        assertTrue(first.out().contains("statement:  statement.ReportedSpeech  speaker fuad_hussein  verb وقال"),
                first.out());
        assertTrue(first.out().contains("date 2024-05-12 (publication)"), first.out());
        assertTrue(first.out().contains("«المفاوضات مستمرة»"), first.out());

        Run second = kg("explain", "--id", "second", jsonl.toString());
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains("speaker unnamed source «مصدر عسكري»"), second.out());
        assertTrue(second.out().contains("no statement from 'وأضافت'"), "a rejected verb and its reason: "
                + second.out());

        Run none = kg("explain", "--id", "third", jsonl.toString());
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("kg: error: no record with id third in"), none.err());
        assertEquals(1, none.err().lines().count(), none.err());
    }

    @Test
    void errorsAreOneLineWithStatus() {
        String db = tmp.resolve("none").toString();
        Run noStore = kg("query", "--db", db, "SELECT * { ?s ?p ?o }");
        assertEquals(2, noStore.status());
        assertTrue(noStore.err().startsWith("kg: error: no store at"), noStore.err());
        assertEquals(1, noStore.err().lines().count(), "one line, no stack trace");

        Run badSparql = kg("query", "--db", db, "SELECT * WHERE { ?s ?p }");
        assertEquals(2, badSparql.status());
        assertTrue(badSparql.err().contains("SPARQL syntax error"), badSparql.err());

        Run missing = kg("load", "--no-progress", "--db", tmp.resolve("db").toString(),
                tmp.resolve("missing.txt").toString());
        assertEquals(1, missing.status(), "nothing could be loaded");
        assertTrue(missing.err().contains("missing.txt: no such file or directory"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());

        Run badFormat = kg("export", "--db", tmp.resolve("db").toString(), "--format", "turtle");
        assertEquals(2, badFormat.status());
        assertTrue(badFormat.err().contains("accepted formats: ttl, trig, nq, jsonld, rdfxml, graphml, gexf, cytoscape"),
                badFormat.err());
    }

    @Test
    void badInputIsSkippedAndTheRestLoads() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "عنوان\nقال وزير الخارجية العراقي إن \"الحوار مستمر مع الجانب الأمريكي\".\n");
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Files.writeString(in.resolve("records.jsonl"), "{\"id\": \"r1\", \"text\": \"أعلنت بغداد تأجيل الاجتماع.\"}\n"
                + "{not json}\n{\"id\": \"r3\"}\n");
        Run r = kg("load", "--no-progress", "--db", tmp.resolve("db").toString(), in.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("loaded 2 documents"), r.out());
        assertTrue(r.err().contains("empty.txt: empty article"), r.err());
        assertTrue(r.err().contains("records.jsonl:2: malformed JSON"), r.err());
        assertTrue(r.err().contains("records.jsonl:3: record has no \"text\""), r.err());
        Run strict = kg("load", "--no-progress", "--strict", "--db", tmp.resolve("db").toString(), in.toString());
        assertEquals(1, strict.status());
    }
}
