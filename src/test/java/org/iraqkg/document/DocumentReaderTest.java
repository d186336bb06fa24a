package org.iraqkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading articles from .txt (with sidecar metadata), .jsonl and .jsonl.gz files and directories. */
class DocumentReaderTest {
    private static final String HEADLINE = "هجوم بطائرة مسيرة على قاعدة حرير شمالي أربيل";
    private static final String ARTICLE = HEADLINE + "\n"
            + "أعلنت خلية الإعلام الأمني أن طائرة مسيرة استهدفت قاعدة حرير التي تضم قوات من التحالف الدولي.\n"
            + "وقال المتحدث إن الهجوم لم يسفر عن إصابات.\n";

    @TempDir
    Path dir;

    /** Collects what a reader delivers. */
    private static final class Collector implements DocumentSink {
        final List<NewsDocument> documents = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void document(NewsDocument document) {
            documents.add(document);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }

        List<String> ids() {
            return documents.stream().map(NewsDocument::id).toList();
        }

        List<String> reasons() {
            return problems.stream().map(InputProblem::reason).toList();
        }
    }

    private Collector read(Path file) {
        Collector c = new Collector();
        new DocumentReader().read(file, c);
        return c;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String sha1Hex(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertOneLine(InputProblem p) {
        String s = p.toString();
        assertFalse(s.contains("\n") || s.contains("\r"), s);
        String expected = p.line() > 0 ? p.file() + ":" + p.line() + ": " + p.reason() : p.file() + ": " + p.reason();
        assertEquals(expected, s);
    }

    // ---- .txt

    @Test
    void txtWithoutSidecar() throws IOException {
        Path f = write("harir-attack.txt", ARTICLE);
        Collector c = read(f);
        assertEquals(List.of(), c.problems);
        assertEquals(1, c.documents.size());
        NewsDocument d = c.documents.get(0);
        assertEquals("harir-attack.txt", d.id());
        assertEquals("harir-attack.txt", d.fileName());
        assertEquals(HEADLINE, d.title());
        assertEquals(ARTICLE, d.text()); // the whole file, headline included
        assertEquals("", d.url());
        assertEquals("", d.source());
        assertEquals("", d.published());
        assertNull(d.publishedDate());
        assertEquals(f.toString(), d.origin());
    }

    @Test
    void txtWithSidecar() throws IOException {
        Path f = write("harir-attack.txt", ARTICLE);
        write("harir-attack.meta.json", "{\"url\": \"https://news.example/iq/1\","
                + " \"published\": \" 2024-03-14T09:30:00+03:00 \","
                + " \"source\": \"ina\", \"title\": \"عنوان محرر للخبر\", \"lang\": \"ar\"}");
        Collector c = read(f);
        assertEquals(List.of(), c.problems);
        NewsDocument d = c.documents.get(0);
        assertEquals("https://news.example/iq/1", d.url());
        assertEquals("2024-03-14T09:30:00+03:00", d.published());
        assertEquals(LocalDate.of(2024, 3, 14), d.publishedDate());
        assertEquals("ina", d.source());
        assertEquals("عنوان محرر للخبر", d.title());
        assertEquals(ARTICLE, d.text());
    }

    @Test
    void sidecarWithoutTitleKeepsTheHeadline() throws IOException {
        Path f = write("talks.txt", "جولة جديدة من المفاوضات بين بغداد وواشنطن\r\nبدأت في بغداد جولة جديدة.\r\n");
        write("talks.meta.json", "{\"published\": \"2024-01-25\", \"title\": \"  \"}");
        NewsDocument d = read(f).documents.get(0);
        assertEquals("جولة جديدة من المفاوضات بين بغداد وواشنطن", d.title());
        assertEquals(LocalDate.of(2024, 1, 25), d.publishedDate());
    }

    @Test
    void malformedSidecarIsAProblemButTheArticleIsRead() throws IOException {
        Path f = write("talks.txt", ARTICLE);
        Path meta = write("talks.meta.json", "{\"published\": \"2024-01-25\",\n \"title\": }");
        Collector c = read(f);
        assertEquals(1, c.documents.size());
        assertEquals(HEADLINE, c.documents.get(0).title());
        assertEquals("", c.documents.get(0).published());
        assertEquals(1, c.problems.size());
        InputProblem p = c.problems.get(0);
        assertEquals(meta, p.file());
        assertEquals(0, p.line());
        assertTrue(p.reason().startsWith("metadata ignored: "), p.reason());
        assertOneLine(p);
        Path g = write("other.txt", ARTICLE);
        write("other.meta.json", "[\"not\", \"an\", \"object\"]");
        assertEquals(List.of("metadata ignored: not a JSON object"), read(g).reasons());
    }

    @Test
    void singleLineArticleIsItsOwnHeadline() throws IOException {
        NewsDocument d = read(write("one.txt", "  انفجار قرب السفارة  ")).documents.get(0);
        assertEquals("انفجار قرب السفارة", d.title());
        assertEquals("  انفجار قرب السفارة  ", d.text());
    }

    @Test
    void txtEncodings() throws IOException {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(ARTICLE, read(write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)))
                .documents.get(0).text());
        assertEquals(ARTICLE, read(write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ARTICLE.getBytes(StandardCharsets.UTF_16LE)))).documents.get(0).text());
        assertEquals(ARTICLE, read(write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ARTICLE.getBytes(StandardCharsets.UTF_16BE)))).documents.get(0).text());
        Collector cp = read(write("cp1256.txt", ARTICLE.getBytes(Charset.forName("windows-1256"))));
        assertEquals(List.of(), cp.problems);
        assertEquals(ARTICLE, cp.documents.get(0).text());
        assertEquals(HEADLINE, cp.documents.get(0).title());
    }

    @Test
    void unreadableTxtFilesAreProblems() throws IOException {
        Path latin1 = write("latin1.txt", "Bagdad, le 14 mars : réunion".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\r\n  ");
        Collector c = new Collector();
        DocumentReader r = new DocumentReader();
        for (Path p : List.of(latin1, binary, empty, blank)) {
            r.read(p, c);
        }
        assertEquals(List.of(), c.documents);
        assertEquals(List.of(
                "not valid UTF-8 (invalid byte sequence at byte 22) and not Arabic Windows-1256; "
                        + "re-save the file as UTF-8",
                "binary data (NUL bytes), not a text article",
                "empty article (no text)",
                "empty article (no text)"), c.reasons());
        assertEquals(List.of(latin1, binary, empty, blank), c.problems.stream().map(InputProblem::file).toList());
        for (InputProblem p : c.problems) {
            assertEquals(0, p.line());
            assertOneLine(p);
        }
        assertEquals(latin1 + ": not valid UTF-8 (invalid byte sequence at byte 22) and not Arabic Windows-1256; "
                + "re-save the file as UTF-8", c.problems.get(0).toString());
    }

    @Test
    void missingAndUnknownFiles() throws IOException {
        Collector c = read(dir.resolve("missing.txt"));
        assertEquals(List.of("no such file"), c.reasons());
        Path csv = write("table.csv", "a,b\n");
        assertEquals(List.of("unknown kind of file (expected .txt, .html, .jsonl or .jsonl.gz)"), read(csv).reasons());
    }

    @Test
    void kindOfFiles() {
        assertEquals(DocumentReader.Kind.TXT, DocumentReader.kindOf(Path.of("a/News.TXT")));
        assertEquals(DocumentReader.Kind.JSONL, DocumentReader.kindOf(Path.of("a.jsonl")));
        assertEquals(DocumentReader.Kind.JSONL, DocumentReader.kindOf(Path.of("a.ndjson")));
        assertEquals(DocumentReader.Kind.JSONL_GZ, DocumentReader.kindOf(Path.of("a.jsonl.gz")));
        assertEquals(DocumentReader.Kind.JSONL_GZ, DocumentReader.kindOf(Path.of("a.ndjson.gz")));
        assertNull(DocumentReader.kindOf(Path.of("a.meta.json")));
        assertNull(DocumentReader.kindOf(Path.of("a.json")));
        assertNull(DocumentReader.kindOf(Path.of("a.txt.gz")));
        assertNull(DocumentReader.kindOf(Path.of("README")));
    }

    // ---- .jsonl

    private static final String GOOD_1 = "{\"id\": \"ina-1\", \"source\": \"ina\", "
            + "\"url\": \"https://news.example/1\", "
            + "\"published\": \"2024-03-14T09:30:00+03:00\", \"title\": \"مفاوضات الانسحاب\", "
            + "\"text\": \"بدأت في بغداد جولة جديدة من المفاوضات بشأن انسحاب قوات التحالف.\"}";
    private static final String GOOD_2 = "{\"id\": 42, \"text\": \"قصفت فصائل مسلحة قاعدة عين الأسد بالصواريخ.\", "
            + "\"tags\": [\"أمن\"], \"extra\": {\"a\": 1}}";

    @Test
    void jsonlRecords() throws IOException {
        Path f = write("news.jsonl", GOOD_1 + "\n" + GOOD_2 + "\n");
        Collector c = read(f);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("ina-1", "42"), c.ids());
        NewsDocument a = c.documents.get(0);
        assertEquals("ina-1", a.fileName());
        assertEquals("ina", a.source());
        assertEquals("https://news.example/1", a.url());
        assertEquals("2024-03-14T09:30:00+03:00", a.published());
        assertEquals(LocalDate.of(2024, 3, 14), a.publishedDate());
        assertEquals("مفاوضات الانسحاب", a.title());
        assertEquals("بدأت في بغداد جولة جديدة من المفاوضات بشأن انسحاب قوات التحالف.", a.text());
        assertEquals(f + ":1", a.origin());
        NewsDocument b = c.documents.get(1);
        assertEquals("", b.title());
        assertEquals("", b.source());
        assertEquals(f + ":2", b.origin());
    }

    @Test
    void recordWithoutIdIsNamedByItsTextHash() throws IOException, NoSuchAlgorithmException {
        String text = "وصل وزير الدفاع الأمريكي إلى بغداد في زيارة غير معلنة.";
        Collector c = read(write("noid.jsonl",
                "{\"text\": \"" + text + "\", \"id\": \"  \"}\n{\"text\": \"" + text + "\"}"));
        String expected = "sha1-" + sha1Hex(text).substring(0, 16);
        assertEquals(List.of(expected, expected), c.ids());
    }

    @Test
    void badRecordsAreProblemsAndReadingGoesOn() throws IOException {
        String content = GOOD_1 + "\n"
                + "\n"
                + "{\"id\": \"x\", \"text\": \"ناقص\"\n"
                + "{\"id\": \"no-text\", \"title\": \"بلا نص\"}\n"
                + "   \n"
                + "{\"id\": \"num-text\", \"text\": 17}\n"
                + "{\"id\": \"arr-text\", \"text\": [\"أ\", \"ب\"]}\n"
                + "{\"id\": \"null-text\", \"text\": null}\n"
                + "{\"id\": \"blank-text\", \"text\": \"  \"}\n"
                + "[\"not\", \"an\", \"object\"]\n"
                + "{\"id\": \"bad-url\", \"url\": 5, \"text\": \"نص\"}\n"
                + "{\"id\": 1.5, \"text\": \"نص\"}\n"
                + GOOD_2 + "\n";
        Path f = write("mixed.jsonl", content);
        Collector c = read(f);
        assertEquals(List.of("ina-1", "42"), c.ids());
        assertEquals(f + ":13", c.documents.get(1).origin());
        List<Long> lines = c.problems.stream().map(InputProblem::line).toList();
        assertEquals(List.of(3L, 4L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), lines);
        List<String> reasons = c.reasons();
        assertTrue(reasons.get(0).startsWith("malformed JSON: "), reasons.get(0));
        assertEquals(List.of("record has no \"text\"", "\"text\" is a number, not a string",
                "\"text\" is a array, not a string", "record has no \"text\"", "\"text\" is empty",
                "not a JSON object", "\"url\" is a number, not a string", "\"id\" is a number, not a string"),
                reasons.subList(1, reasons.size()));
        for (InputProblem p : c.problems) {
            assertEquals(f, p.file());
            assertOneLine(p);
        }
        assertEquals(f + ":4: record has no \"text\"", c.problems.get(1).toString());
    }

    @Test
    void crlfLinesByteOrderMarkAndNoFinalNewline() throws IOException {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (GOOD_1 + "\r\n" + GOOD_2).getBytes(StandardCharsets.UTF_8));
        Collector c = read(write("crlf.jsonl", content));
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("ina-1", "42"), c.ids());
    }

    @Test
    void invalidUtf8LineIsAProblemOfThatLine() throws IOException {
        byte[] content = concat((GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8),
                "{\"text\": \"caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                "\"}\n".getBytes(StandardCharsets.UTF_8), (GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8));
        Path f = write("latin.jsonl", content);
        Collector c = read(f);
        assertEquals(List.of("ina-1", "42"), c.ids());
        assertEquals(1, c.problems.size());
        assertEquals(2, c.problems.get(0).line());
        assertEquals("not valid UTF-8 (invalid byte sequence at byte 13) and not Arabic Windows-1256; "
                + "re-save the file as UTF-8", c.problems.get(0).reason());
    }

    // ---- .jsonl.gz

    @Test
    void gzippedJsonl() throws IOException {
        Path f = write("news.jsonl.gz", gzip(GOOD_1 + "\n\n" + GOOD_2 + "\n"));
        Collector c = read(f);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("ina-1", "42"), c.ids());
        assertEquals(f + ":3", c.documents.get(1).origin());
    }

    @Test
    void truncatedGzipDeliversTheRecordsBeforeTheCut() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int cut;
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, true)) {
            for (int k = 1; k <= 3; k++) {
                out.write(("{\"id\": \"r" + k + "\", \"text\": \"الجولة " + k + " من الحوار الاستراتيجي\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.flush(); // everything so far can be decompressed from the bytes written
            cut = bytes.size();
            for (int k = 4; k <= 6; k++) {
                out.write(("{\"id\": \"r" + k + "\", \"text\": \"انتهت المهمة القتالية للتحالف في المرحلة " + k
                        + " بعد مفاوضات طويلة مع الحكومة\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6"), read(write("whole.jsonl.gz", whole)).ids());
        for (int extra : new int[] {0, 4}) {
            Path f = write("cut" + extra + ".jsonl.gz", Arrays.copyOf(whole, cut + extra));
            Collector c = read(f);
            assertEquals(List.of("r1", "r2", "r3"), c.ids(), "cut at " + (cut + extra));
            assertEquals(1, c.problems.size());
            InputProblem p = c.problems.get(0);
            assertEquals(4, p.line());
            assertTrue(p.reason().startsWith("truncated or corrupt gzip data ("), p.reason());
            assertTrue(p.reason().endsWith("); records before this line were read"), p.reason());
            assertOneLine(p);
        }
    }

    @Test
    void notGzipAtAll() throws IOException {
        Collector c = read(write("plain.jsonl.gz", GOOD_1 + "\n"));
        assertEquals(List.of(), c.documents);
        assertEquals(List.of("truncated or corrupt gzip data (Not in GZIP format)"), c.reasons());
    }

    @Test
    void gzipCutInsideItsHeaderBug() throws IOException {
        Path f = write("header.jsonl.gz", Arrays.copyOf(gzip(GOOD_1 + "\n"), 5));
        Collector c = read(f);
        assertEquals(1, c.problems.size());
        assertFalse(c.problems.get(0).reason().contains("null"), c.problems.get(0).reason());
        assertTrue(c.problems.get(0).reason().contains("gzip"), c.problems.get(0).reason());
    }

    // ---- directories

    @Test
    void directoryIsReadRecursivelyInSortedOrder() throws IOException {
        write("b-talks.txt", "مفاوضات\nنص الخبر الثاني.");
        write("b-talks.meta.json", "{\"published\": \"2024-02-01\"}");
        write("a-batch.jsonl", GOOD_1 + "\n");
        write("sub/deeper/d-strike.txt", "غارة\nنص الخبر الرابع.");
        write("sub/c-batch.jsonl.gz", gzip(GOOD_2 + "\n"));
        write("notes.md", "# ملاحظات");
        write("sub/table.csv", "a,b");
        write("README", "اقرأني");
        write("sub/x.json", "{}");
        Collector problems = new Collector();
        List<Path> files = DocumentReader.expand(List.of(dir), problems);
        assertEquals(List.of(), problems.problems);
        assertEquals(List.of(dir.resolve("a-batch.jsonl"), dir.resolve("b-talks.txt"),
                dir.resolve("sub/c-batch.jsonl.gz"),
                dir.resolve("sub/deeper/d-strike.txt")), files);
        Collector c = new Collector();
        DocumentReader reader = new DocumentReader();
        for (Path p : files) {
            reader.read(p, c);
        }
        assertEquals(List.of("ina-1", "b-talks.txt", "42", "d-strike.txt"), c.ids());
        assertEquals(List.of(), c.problems);
        assertEquals(LocalDate.of(2024, 2, 1), c.documents.get(1).publishedDate());
    }

    @Test
    void expandReportsMissingAndUnknownPaths() throws IOException {
        Path txt = write("x.txt", ARTICLE);
        Path md = write("notes.md", "ملاحظات");
        Path missing = dir.resolve("no-such-dir");
        Collector c = new Collector();
        List<Path> files = DocumentReader.expand(List.of(missing, txt, md, dir.resolve("gone.jsonl")), c);
        assertEquals(List.of(txt), files);
        assertEquals(List.of(missing, md, dir.resolve("gone.jsonl")),
                c.problems.stream().map(InputProblem::file).toList());
        assertEquals(List.of("no such file or directory", "unknown kind of file (expected .txt, .html, .jsonl or .jsonl.gz)",
                "no such file or directory"), c.reasons());
        assertEquals(missing + ": no such file or directory", c.problems.get(0).toString());
        for (InputProblem p : c.problems) {
            assertOneLine(p);
        }
    }

    @Test
    void problemToString() {
        Path p = Path.of("in", "news.jsonl");
        assertEquals(p + ":7: record has no \"text\"", new InputProblem(p, 7, "record has no \"text\"").toString());
        assertEquals(p + ": no such file", new InputProblem(p, 0, "no such file").toString());
    }

    // ---- publication dates

    @Test
    void publishedDates() {
        assertEquals(LocalDate.of(2018, 3, 1), doc("2018-03-01T13:18:27+00:00").publishedDate());
        assertEquals(LocalDate.of(2015, 8, 4), doc("2015-08-04T18:06:11").publishedDate());
        assertEquals(LocalDate.of(2015, 8, 4), doc("2015-08-04 18:06:11").publishedDate());
        assertEquals(LocalDate.of(2020, 1, 2), doc("2020-01-02").publishedDate());
        assertEquals(LocalDate.of(2020, 1, 2), doc("  2020-01-02\n").publishedDate());
        assertEquals(LocalDate.of(2018, 3, 1), doc("2018-03-01T23:30:00-05:00").publishedDate());
        assertEquals(LocalDate.of(2021, 6, 30), doc("2021-06-30T22:00:00Z").publishedDate());
        assertNull(doc("").publishedDate());
        assertNull(doc(null).publishedDate());
        assertNull(doc("   ").publishedDate());
        assertNull(doc("garbage").publishedDate());
        assertNull(doc("14 آذار 2024").publishedDate());
        assertNull(doc("2020-13-45").publishedDate());
        assertNull(doc("2020/01/02").publishedDate());
    }

    @Test
    void publicationDateKinds() {
        assertTrue(PublicationDates.isOffsetDateTime("2018-03-01T13:18:27+00:00"));
        assertFalse(PublicationDates.isOffsetDateTime("2015-08-04T18:06:11"));
        assertTrue(PublicationDates.isLocalDateTime("2015-08-04 18:06:11"));
        assertFalse(PublicationDates.isLocalDateTime("2020-01-02"));
        assertFalse(PublicationDates.isOffsetDateTime(null));
        assertFalse(PublicationDates.isLocalDateTime(null));
    }

    @Test
    void newsDocumentDefaults() {
        NewsDocument d = new NewsDocument("id-1", null, null, "نص", null, null, null, null);
        assertEquals("id-1", d.fileName());
        assertEquals("", d.title());
        assertEquals("", d.url());
        assertEquals("", d.source());
        assertEquals("", d.published());
        assertEquals("id-1", d.origin());
    }

    private static NewsDocument doc(String published) {
        return new NewsDocument("x", "x", "", "نص", "", "", published, "x");
    }
}
