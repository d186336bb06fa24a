package org.iraqkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the README prints for the sample documents of data/documents (what {@code kg load} and
 * {@code ./kg serve} report, and the nodes and edges of the graph export) are what the commands print today.
 * When extraction changes them, this test names the README line to update.
 */
class ReadmeFiguresTest {
    private static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));
    /** "loaded 2 documents (3107 triples, 38 statements, 30 events) in …; store holds 12553 quads". */
    private static final Pattern LOADED = Pattern.compile(
            "loaded (\\d+) documents \\((\\d+) triples, (\\d+) statements, (\\d+) events\\) in [^;]*; store holds (\\d+) quads");
    private static final Pattern GRAPH = Pattern.compile("The seed documents give (\\d+) nodes and (\\d+) edges");

    @TempDir
    Path dir;

    @Test
    void theReadmesFiguresForTheSampleDocumentsAreWhatTheCommandsPrint() throws Exception {
        List<String> readme = Files.readAllLines(HOME.resolve("README.md"), StandardCharsets.UTF_8);
        String db = dir.resolve("db").toString();
        CliTest.Run load = CliTest.kg("load", "--no-progress", "--db", db, HOME.resolve("data/documents").toString());
        assertEquals(0, load.status(), load.err());
        Matcher printed = LOADED.matcher(load.out());
        assertTrue(printed.find(), load.out());
        String actual = figures(printed, 5);

        Path graphml = dir.resolve("seeds.graphml");
        CliTest.Run export = CliTest.kg("export", "--db", db, "--format", "graphml", "--out", graphml.toString());
        assertEquals(0, export.status(), export.err());
        Matcher wrote = Pattern.compile("wrote (\\d+) nodes and (\\d+) edges").matcher(export.err());
        assertTrue(wrote.find(), export.err());
        String graph = figures(wrote, 2);

        List<String> problems = new ArrayList<>();
        int loadLines = 0;
        int graphLines = 0;
        for (int i = 0; i < readme.size(); i++) {
            Matcher m = LOADED.matcher(readme.get(i));
            if (m.find()) {
                loadLines++;
                if (!figures(m, 5).equals(actual)) {
                    problems.add("README.md:" + (i + 1) + ": documents, triples, statements, events, quads "
                            + figures(m, 5) + ", but kg load prints " + actual);
                }
            }
            Matcher g = GRAPH.matcher(readme.get(i));
            if (g.find()) {
                graphLines++;
                if (!figures(g, 2).equals(graph)) {
                    problems.add("README.md:" + (i + 1) + ": nodes and edges " + figures(g, 2) + ", but kg export "
                            + "writes " + graph);
                }
            }
        }
        assertTrue(loadLines >= 2 && graphLines >= 1, "the README's figures were not found");
        assertEquals(List.of(), problems);
    }

    private static String figures(Matcher m, int groups) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= groups; i++) {
            values.add(m.group(i));
        }
        return String.join(" ", values);
    }
}
