package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.iraqkg.document.InputProblem;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big and odd inputs of a load: a 50 MB article is skipped with a one-line reason naming the file while the
 * other articles load; a record of 1 MB without a line break loads; HTML pages, as files or as the text of a
 * record, are loaded as their text without markup.
 */
class LargeAndHtmlInputTest {
    private static final String SENTENCE = "وقال المتحدث باسم الحكومة إن \"المفاوضات مع التحالف الدولي مستمرة\"، "
            + "فيما استهدف هجوم صاروخي قاعدة عين الأسد في محافظة الأنبار. ";

    @TempDir
    Path dir;

    private static LoadSummary load(KgStore store, Path... inputs) {
        return new Loader(PipelineInvariants.pipeline(), PipelineInvariants.mapper(), store).load(List.of(inputs));
    }

    private static List<String> texts(KgStore store) {
        String q = "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "PREFIX kg: <https://w3id.org/iraqkg/ontology#> "
                + "SELECT ?t WHERE { ?d a kg:Document ; nif:isString ?t } ORDER BY ?t";
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("t").getString()));
                return out;
            }
        });
    }

    @Test
    void fiftyMegabyteArticleIsSkippedWithItsReasonAndTheRestLoads() throws IOException {
        Path big = dir.resolve("big.txt");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("عنوان طويل جدا\n");
            long bytes = 0;
            while (bytes < 50L * 1024 * 1024) {
                w.write(SENTENCE);
                bytes += SENTENCE.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "خبر قصير\n" + SENTENCE, StandardCharsets.UTF_8);
        try (KgStore store = KgStore.inMemory()) {
            LoadSummary s = load(store, big, small);
            assertEquals(1, s.documents(), s.line());
            assertEquals(1, s.problems().size(), s.problems().toString());
            InputProblem p = s.problems().get(0);
            assertEquals(big, p.file());
            assertTrue(p.reason().contains("characters, more than the limit of"), p.reason());
            assertFalse(p.toString().contains("\n"), p.toString());
            assertEquals(1, texts(store).size());
        }
    }

    @Test
    void recordOfOneMegabyteWithoutALineBreakLoads() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 1024 * 1024) {
            text.append(SENTENCE.repeat(100));
        }
        Path jsonl = dir.resolve("long.jsonl");
        String record = "{\"id\":\"long\",\"title\":\"سطر طويل\",\"published\":\"2024-01-20\",\"text\":\""
                + text.toString().replace("\"", "\\\"") + "\"}\n";
        assertFalse(record.substring(0, record.length() - 1).contains("\n"));
        Files.writeString(jsonl, record + "{\"id\":\"short\",\"text\":\"" + SENTENCE.replace("\"", "\\\"") + "\"}\n",
                StandardCharsets.UTF_8);
        try (KgStore store = KgStore.inMemory()) {
            LoadSummary s = load(store, jsonl);
            assertEquals(2, s.documents(), s.line() + " " + s.problems());
            assertEquals(List.of(), s.problems());
            // every sentence is analysed: a mention of the base in each (the repeated attack is one event)
            assertTrue(s.triples() > 100_000 && s.events() >= 1, s.line());
            assertTrue(texts(store).contains(text.toString()));
        }
    }

    @Test
    void htmlPagesAreLoadedAsTheirText() throws IOException {
        String page = """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>هجوم على قاعدة عين الأسد</title>
                <style>p { color: red }</style><script>var x = "<p>لا</p>";</script></head>
                <body><nav><a href="/">الرئيسية</a></nav>
                <h1>هجوم على قاعدة عين الأسد</h1>
                <p>استهدف هجوم صاروخي قاعدة عين الأسد&nbsp;في محافظة الأنبار.</p>
                <p>وقال المتحدث باسم الحكومة إن &quot;التحقيق بدأ&quot;.<br>وأضاف أن الأضرار محدودة.</p>
                </body></html>
                """;
        Path html = dir.resolve("page.html");
        Files.writeString(html, page, StandardCharsets.UTF_8);
        Path txt = dir.resolve("page-as-text.txt");
        Files.writeString(txt, page.replace("عين الأسد&nbsp;في", "عين الأسد في مدينة"), StandardCharsets.UTF_8);
        Path jsonl = dir.resolve("pages.jsonl");
        Files.writeString(jsonl, "{\"id\":\"p1\",\"text\":\"<div><p>أعلنت الحكومة العراقية بدء الجولة الثانية من "
                + "المفاوضات.</p><p>وقال المتحدث إن الحوار مستمر.</p><br/></div>\"}\n"
                + "{\"id\":\"p2\",\"text\":\"<html><body><script>x()</script></body></html>\"}\n",
                StandardCharsets.UTF_8);
        try (KgStore store = KgStore.inMemory()) {
            LoadSummary s = load(store, html, txt, jsonl);
            assertEquals(3, s.documents(), s.line() + " " + s.problems());
            assertEquals(1, s.problems().size(), s.problems().toString());
            assertTrue(s.problems().get(0).toString().contains("pages.jsonl:2: \"text\" is an HTML page without text"),
                    s.problems().toString());
            List<String> texts = texts(store);
            assertTrue(texts.contains("هجوم على قاعدة عين الأسد\nاستهدف هجوم صاروخي قاعدة عين الأسد في محافظة "
                    + "الأنبار.\nوقال المتحدث باسم الحكومة إن \"التحقيق بدأ\".\nوأضاف أن الأضرار محدودة."), texts.toString());
            assertTrue(texts.contains("أعلنت الحكومة العراقية بدء الجولة الثانية من المفاوضات.\nوقال المتحدث إن الحوار "
                    + "مستمر."), texts.toString());
            for (String t : texts) {
                assertFalse(t.contains("<") || t.contains("&quot;") || t.contains("الرئيسية") || t.contains("color"), t);
            }
            assertTrue(s.events() >= 2, s.line());
        }
    }

    @Test
    void proseWithAStrayAngleBracketIsNotHtml() {
        assertFalse(org.iraqkg.document.HtmlText.looksLikeHtml("قال إن العدد < 5 وإن <p> ليست وسما هنا"));
        assertFalse(org.iraqkg.document.HtmlText.looksLikeHtml("نص <script>alert(1)</script> <a href=x>y</a> "
                + "<script>alert(2)</script> </textarea> <script>x</script>"));
        assertTrue(org.iraqkg.document.HtmlText.looksLikeHtml("<p>نص</p><p>آخر</p>"));
    }
}
