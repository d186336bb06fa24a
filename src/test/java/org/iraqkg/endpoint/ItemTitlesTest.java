package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.iraqkg.it.Seeds;
import org.iraqkg.rdf.Iris;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages of statements and events are titled by what they are (a statement by its speaker and the first
 * words of its quote, an event by its class, place and date), not by the character offsets of their IRIs.
 */
class ItemTitlesTest {
    private static final String PREFIXES = """
            PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern H1 = Pattern.compile("<h1>([^<]*)</h1>");

    @Test
    void statementAndEventPagesAreTitledByWhatTheyAre() throws Exception {
        KgStore store = Seeds.store();
        QuerySolution statement = first(store, PREFIXES + """
                SELECT ?s ?speaker ?quote WHERE {
                  ?s a kg:Statement ; kg:quote ?quote ; kg:speaker ?p .
                  ?p rdfs:label ?speaker FILTER(LANG(?speaker) = "ar")
                } ORDER BY ?s LIMIT 1""");
        QuerySolution event = first(store, PREFIXES + """
                SELECT ?e ?type ?place ?date WHERE {
                  ?e a ?t ; kg:location ?l ; kg:date ?date ; kg:cameo ?c .
                  ?t rdfs:label ?type FILTER(LANG(?type) = "ar")
                  FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?t FILTER(?sub != ?t) }
                  ?l rdfs:label ?place FILTER(LANG(?place) = "ar")
                } ORDER BY ?e LIMIT 1""");
        KgServer server = KgServer.create().store(store).port(0).build();
        try {
            server.start();
            String s = statement.getResource("s").getURI();
            String page = page(server, s);
            String title = group(TITLE, page);
            String speaker = statement.getLiteral("speaker").getLexicalForm();
            String firstWords = String.join(" ", java.util.Arrays.asList(
                    statement.getLiteral("quote").getLexicalForm().strip().split("\\s+")).subList(0, 3));
            assertTrue(title.contains(speaker), title + " names the speaker " + speaker);
            assertTrue(title.contains(firstWords), title + " starts with the quote " + firstWords);
            assertFalse(title.matches(".*\\d+-\\d+.*"), title + ": no offsets");
            assertEquals(title, group(H1, page), "the heading says the same");

            String e = event.getResource("e").getURI();
            String eventTitle = group(TITLE, page(server, e));
            for (String part : new String[] {event.getLiteral("type").getLexicalForm(),
                    event.getLiteral("place").getLexicalForm(), event.getLiteral("date").getLexicalForm()}) {
                assertTrue(eventTitle.contains(part), eventTitle + " holds " + part);
            }
            String offsets = e.substring(e.lastIndexOf('/') + 1);
            assertFalse(eventTitle.contains(offsets), eventTitle + ": not the offsets " + offsets);
        } finally {
            server.stop();
        }
    }

    private static String page(KgServer server, String iri) {
        HttpResponse<String> r = TestHttp.get(server.baseUrl() + iri.substring(Iris.DEFAULT_BASE.length()),
                "text/html");
        assertEquals(200, r.statusCode(), iri);
        return r.body();
    }

    private static String group(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertTrue(m.find(), p + " in the page");
        return org.jsoup.parser.Parser.unescapeEntities(m.group(1), false);
    }

    private static QuerySolution first(KgStore store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                var rs = qe.execSelect();
                assertTrue(rs.hasNext(), query);
                return rs.next();
            }
        });
    }
}
