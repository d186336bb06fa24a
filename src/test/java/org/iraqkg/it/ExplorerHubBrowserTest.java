package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iraqkg.endpoint.KgServer;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.OntologyGraph;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * The explorer on a hub the size of the iraq-coalition corpus's Iraq (issue 16): one place with 85
 * statements about it and 90 events there, over 20 months (and one stray date decades before), shared with
 * 45 actors. Drawn item by item it is
 * a tangle of 200 nodes with labels a few pixels high; aggregated, it must stay a bounded number of nodes
 * with readable labels, "more" adds partners and groups, and the timeline strip counts the selection.
 */
class ExplorerHubBrowserTest {
    static final String BASE = "http://example.org/hub/";
    static final String HUB = BASE + "id/iraq";
    static final int STATEMENTS = 85;
    static final int EVENTS = 90;
    static final int MONTHS = 20;
    static final int PARTNERS = 45;
    /** Readable on the screen: no node label drawn smaller than this, in CSS pixels. */
    static final double MIN_FONT_PX = 11;
    /** The most nodes a hub may draw before "more": the focus, groups and partners. */
    static final int MAX_NODES = 25;

    /** The hub store: one named graph per item, as the loader makes one per document, and the ontology. */
    static KgStore hubStore() {
        KgStore store = KgStore.inMemory();
        store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.build());
        StringBuilder actors = new StringBuilder(prefixes());
        actors.append("<").append(HUB).append("> a kg:Country ; rdfs:label \"العراق\"@ar , \"Iraq\"@en .\n");
        for (int p = 0; p < PARTNERS; p++) {
            actors.append("<").append(partner(p)).append("> a kg:Person ; rdfs:label \"الفاعل رقم ").append(p)
                    .append("\"@ar , \"Actor ").append(p).append("\"@en .\n");
        }
        store.replaceGraph(BASE + "graph/actors", turtle(actors.toString()));
        Random random = new Random(16);
        String[] eventTypes = {"kg:RocketAttack", "kg:DroneAttack", "kg:Visit", "kg:Meeting", "kg:Arrest"};
        for (int i = 0; i < STATEMENTS + EVENTS; i++) {
            boolean statement = i < STATEMENTS;
            // a few partners share most items, most share one or two (Zipf-like, as in news)
            int p = (int) Math.min(PARTNERS - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(PARTNERS + 1))) - 1);
            int month = (i * 7) % MONTHS;
            String date = i % 11 == 0 ? null
                    : i == 1 ? "1968-07" // a stray date decades off, as extraction makes on the real corpus
                    : String.format("%d-%02d", 2023 + month / 12, month % 12 + 1) + (i % 2 == 0 ? "" : "-1" + i % 9);
            String item = BASE + (statement ? "statement/" : "event/") + i;
            StringBuilder t = new StringBuilder(prefixes()).append("<").append(item).append("> ");
            if (statement) {
                t.append("a kg:Statement ; kg:speaker <").append(partner(p)).append("> ; kg:about <").append(HUB)
                        .append("> ; kg:quote \"قال إن العلاقات مع العراق جيدة رقم ").append(i).append("\"@ar");
            } else {
                t.append("a ").append(eventTypes[i % eventTypes.length]).append(" ; kg:agent <").append(partner(p))
                        .append("> ; kg:location <").append(HUB).append(">");
                if (i % 3 == 0) {
                    t.append(" ; kg:target <").append(partner((p + 7) % PARTNERS)).append(">");
                }
            }
            if (date != null) {
                t.append(" ; kg:date \"").append(date).append("\"^^xsd:").append(date.length() == 7 ? "gYearMonth" : "date");
            }
            t.append(" .\n");
            store.replaceGraph(BASE + "graph/" + i, turtle(t.toString()));
        }
        return store;
    }

    private static String partner(int p) {
        return BASE + "id/actor" + p;
    }

    private static String prefixes() {
        return "PREFIX kg: <https://w3id.org/iraqkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    /** What the canvas shows: nodes by kind, the smallest label on the screen, overlapping labels, the strip. */
    static final String DRAWN = """
            const z = cy.zoom();
            const labelled = cy.nodes().filter((n) => (n.data('label') || '') !== '');
            const fonts = labelled.map((n) => parseFloat(n.style('font-size')) * z);
            const boxes = labelled.map((n) => ({id: n.id(),
              b: n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true})}));
            const overlaps = [];
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i].b, b = boxes[j].b;
              if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps.push([boxes[i].id, boxes[j].id]);
            }
            const focus = cy.nodes('.focus').renderedBoundingBox();
            const bars = Array.from(document.querySelectorAll('#timeline .bar'));
            const more = document.getElementById('more');
            return {
              nodes: cy.nodes().length, groups: cy.nodes('[kind = "group"]').length,
              partners: cy.nodes('.partner').length,
              items: cy.nodes('[kind = "statement"], [kind = "event"]').length,
              grouped: cy.nodes('[kind = "group"]').map((n) => n.data('count')).reduce((a, b) => a + b, 0),
              minFont: Math.min(...fonts), overlaps: overlaps.slice(0, 5), overlapCount: overlaps.length,
              focusInView: focus.x1 >= 0 && focus.y1 >= 0 && focus.x2 <= cy.width() && focus.y2 <= cy.height(),
              months: bars.length, gaps: document.querySelectorAll('#timeline .gap').length, barTotal: bars.reduce((s, b) => s + Number(b.dataset.count), 0),
              timeline: document.getElementById('timeline') ? document.getElementById('timeline').textContent : null,
              more: !!more && !more.hidden && more.offsetParent !== null,
              status: document.getElementById('status').textContent,
            };""";

    @Test
    void aHubIsDrawnAggregatedReadableAndExpandsOnMore() throws Exception {
        ExplorerBrowserTest.requireBrowser();
        Path tmp = Files.createTempDirectory("kg-chromium-");
        KgStore store = hubStore();
        KgServer server = KgServer.create().store(store).port(0).build().start();
        try (ExplorerBrowserTest.Driver driver = ExplorerBrowserTest.Driver.start(tmp)) {
            driver.newSession(tmp.resolve("profile"));
            driver.post("/url", Map.of("url", server.explorerUrl() + "?actor=" + HUB));
            JsonNode drawn = driver.waitFor("the hub", "if (!window.cy || cy.nodes().length < 2) return null;" + DRAWN,
                    v -> v.path("status").asText().contains(STATEMENTS + " statements"));
            assertTrue(drawn.path("status").asText().contains(EVENTS + " events"), drawn.toString());
            assertTrue(drawn.path("nodes").asInt() <= MAX_NODES, "nodes bounded: " + drawn);
            assertEquals(0, drawn.path("items").asInt(), "no single items drawn on a hub: " + drawn);
            assertTrue(drawn.path("groups").asInt() >= 5, "groups of kind and month: " + drawn);
            assertTrue(drawn.path("partners").asInt() >= 5, "partners: " + drawn);
            assertTrue(drawn.path("minFont").asDouble() >= MIN_FONT_PX, "labels readable: " + drawn);
            assertEquals(0, drawn.path("overlapCount").asInt(), "labels apart: " + drawn);
            assertTrue(drawn.path("focusInView").asBoolean(), drawn.toString());
            // the strip: a bar per month from the first to the last, counting every dated item, the decades
            // before the stray date's month one gap
            assertEquals(MONTHS + 1, drawn.path("months").asInt(), drawn.toString());
            assertEquals(1, drawn.path("gaps").asInt(), drawn.toString());
            int undated = (STATEMENTS + EVENTS + 10) / 11;
            assertEquals(STATEMENTS + EVENTS - undated, drawn.path("barTotal").asInt(), drawn.toString());
            assertTrue(drawn.path("more").asBoolean(), "a 'more' button: " + drawn);

            // "more": a page more of groups and partners, still readable
            driver.execute("document.getElementById('more').click();");
            JsonNode more = driver.waitFor("more", DRAWN, v -> v.path("partners").asInt() > drawn.path("partners").asInt());
            assertTrue(more.path("groups").asInt() > drawn.path("groups").asInt(), more.toString());
            assertTrue(more.path("nodes").asInt() <= 2 * MAX_NODES, more.toString());
            assertTrue(more.path("minFont").asDouble() >= MIN_FONT_PX, "labels readable: " + more);
            assertEquals(0, more.path("overlapCount").asInt(), "labels apart: " + more);

            // a group tapped: its items listed, the strip shows them only
            JsonNode group = driver.execute("""
                    const g = cy.nodes('[kind = "group"][month != ""]').first();
                    g.select();
                    g.emit('tap');
                    return {count: g.data('count'), month: g.data('month'),
                            listed: document.querySelectorAll('#details-body .group-items button').length};""");
            JsonNode strip = driver.waitFor("the selection's timeline", DRAWN,
                    v -> v.path("barTotal").asInt() == group.path("count").asInt());
            assertEquals(group.path("count").asInt(), group.path("listed").asInt(), group.toString());
            assertEquals(1, strip.path("months").asInt(), strip.toString());

            // a month of the strip clicked: the graph shows that month, item by item (no longer a hub)
            driver.execute("document.querySelector('#timeline .bar').click();");
            JsonNode month = driver.waitFor("the month", DRAWN, v -> v.path("items").asInt() > 0);
            assertEquals(0, month.path("groups").asInt(), month.toString());
            assertTrue(month.path("minFont").asDouble() >= MIN_FONT_PX, "labels readable: " + month);
            assertEquals(List.of(), driver.browserErrors(), "browser console errors");
        } finally {
            server.stop();
            store.close();
        }
    }
}
