package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs every query of {@code queries/} over the seed documents and checks it against its expectation in
 * {@code src/test/resources/queries/NAME.json}: the exact columns, a row count range, and rows that must be
 * present ({@code "~text"} means the cell contains the text). A query without an expectation fails.
 */
class QueriesTest {
    private static final Path QUERIES = Seeds.HOME.resolve("queries");
    private static final Path EXPECTED = Seeds.HOME.resolve("src/test/resources/queries");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersAsExpected() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "queries/ holds the contract queries");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path query) throws IOException {
        String name = query.getFileName().toString().replaceAll("\\.rq$", "");
        Path exp = EXPECTED.resolve(name + ".json");
        if (!Files.exists(exp)) {
            fail("no expectation file " + exp + " for " + query);
        }
        JsonNode e = JSON.readTree(exp.toFile());
        List<Map<String, String>> rows = run(Seeds.store(), Files.readString(query));
        List<String> columns = new ArrayList<>();
        e.get("columns").forEach(c -> columns.add(c.asText()));
        if (!rows.isEmpty()) {
            assertEquals(columns, new ArrayList<>(rows.get(0).keySet()), name + ": columns");
        }
        int min = e.path("minRows").asInt(1);
        int max = e.path("maxRows").asInt(Integer.MAX_VALUE);
        assertTrue(rows.size() >= min && rows.size() <= max, name + ": " + rows.size() + " rows, expected "
                + min + ".." + max);
        for (JsonNode want : e.path("contains")) {
            boolean found = rows.stream().anyMatch(r -> matches(r, want));
            assertTrue(found, name + ": no row matches " + want);
        }
        for (JsonNode unwanted : e.path("absent")) {
            boolean found = rows.stream().anyMatch(r -> matches(r, unwanted));
            assertTrue(!found, name + ": a row matches " + unwanted + " but should not");
        }
    }

    private static boolean matches(Map<String, String> row, JsonNode want) {
        var it = want.fields();
        while (it.hasNext()) {
            var f = it.next();
            String cell = row.get(f.getKey());
            String v = f.getValue().asText();
            if (cell == null) {
                return false;
            }
            if (v.startsWith("~") ? !cell.contains(v.substring(1)) : !cell.equals(v)) {
                return false;
            }
        }
        return true;
    }

    /** Runs a SELECT and reads its W3C CSV output back into rows of column → value. */
    static List<Map<String, String>> run(KgStore store, String query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_CSV);
            }
        });
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        for (CSVRecord r : fmt.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            rows.add(r.toMap().entrySet().stream().sorted((a, b) -> Integer.compare(
                    r.getParser().getHeaderMap().get(a.getKey()), r.getParser().getHeaderMap().get(b.getKey())))
                    .collect(java.util.LinkedHashMap::new, (m, en) -> m.put(en.getKey(), en.getValue()),
                            java.util.LinkedHashMap::putAll));
        }
        return rows;
    }
}
