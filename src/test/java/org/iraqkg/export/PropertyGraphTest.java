package org.iraqkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iraqkg.export.PropertyGraph.Edge;
import org.iraqkg.export.PropertyGraph.Interval;
import org.iraqkg.export.PropertyGraph.Kind;
import org.iraqkg.export.PropertyGraph.Node;
import org.junit.jupiter.api.Test;

class PropertyGraphTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private static Interval interval(String start, String end) {
        return new Interval(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    @Test
    void aDateCoversTheDaysOfItsPrecision() {
        assertEquals(interval("2024-08-05", "2024-08-05"), Interval.ofDate("2024-08-05", XSD + "date"));
        assertEquals(interval("2024-08-01", "2024-08-31"), Interval.ofDate("2024-08", XSD + "gYearMonth"));
        assertEquals(interval("2024-02-01", "2024-02-29"), Interval.ofDate("2024-02", XSD + "gYearMonth"));
        assertEquals(interval("2014-01-01", "2014-12-31"), Interval.ofDate("2014", XSD + "gYear"));
        assertEquals(interval("2024-08-05", "2024-08-05"), Interval.ofDate("2024-08-05T10:00:00Z", XSD + "dateTime"));
        assertEquals(interval("2024-08-05", "2024-08-05"), Interval.ofDate("2024-08-05+03:00", XSD + "date"));
    }

    @Test
    void datesWithoutAYearOrInvalidOnesHaveNoInterval() {
        assertNull(Interval.ofDate("--08-05", XSD + "gMonthDay"));
        assertNull(Interval.ofDate("--08", XSD + "gMonth"));
        assertNull(Interval.ofDate("2024-13", XSD + "gYearMonth"));
        assertNull(Interval.ofDate("2024-02-30", XSD + "date"));
        assertNull(Interval.ofDate("12024", XSD + "gYear"));
        assertNull(Interval.ofDate("2024-08-05", XSD + "string"));
        assertNull(Interval.ofDate("2024-08-05", "http://example.org/date"));
    }

    @Test
    void spansCoverBothIntervalsAndStayOpenWhenOneIs() {
        Interval aug = interval("2024-08-01", "2024-08-31");
        assertEquals(interval("2014-01-01", "2024-08-31"), aug.span(interval("2014-01-01", "2014-12-31")));
        assertEquals(aug, aug.span(null));
        assertEquals(interval("2022-10-27", null), aug.span(interval("2022-10-27", null)));
        assertThrows(IllegalArgumentException.class, () -> interval("2024-08-02", "2024-08-01"));
    }

    @Test
    void nodesAndEdgesAreSortedAndChecked() {
        Node b = new Node("http://x/b", Kind.ACTOR, Map.of("kind", "actor"), null);
        Node a = new Node("http://x/a", Kind.PLACE, Map.of("kind", "place", "killed", 3), null);
        Edge e2 = new Edge("z", "http://x/a", "http://x/b", "locatedIn", "located in", null);
        Edge e1 = new Edge("y", "http://x/b", "http://x/a", "capitalOf", "capital of", null);
        PropertyGraph g = new PropertyGraph(List.of(b, a), List.of(e2, e1));
        assertEquals(List.of(a, b), g.nodes());
        assertEquals(List.of(e1, e2), g.edges());
        assertEquals(a, g.node("http://x/a"));
        assertNull(g.node("http://x/c"));

        Edge dangling = new Edge("d", "http://x/a", "http://x/c", "about", "about", null);
        assertThrows(IllegalArgumentException.class, () -> new PropertyGraph(List.of(a, b), List.of(dangling)));
        assertThrows(IllegalArgumentException.class, () -> new PropertyGraph(List.of(a, a), List.of()));
        Node undeclared = new Node("http://x/u", Kind.ACTOR, Map.of("colour", "red"), null);
        assertThrows(IllegalArgumentException.class, () -> new PropertyGraph(List.of(undeclared), List.of()));
        Node wrongType = new Node("http://x/w", Kind.EVENT, Map.of("killed", "three"), null);
        assertThrows(IllegalArgumentException.class, () -> new PropertyGraph(List.of(wrongType), List.of()));
    }

    @Test
    void theShownLabelIsArabicThenEnglishThenTheId() {
        assertEquals("بغداد", new Node("i", Kind.PLACE, Map.of("label_ar", "بغداد", "label_en", "Baghdad"), null)
                .label());
        assertEquals("Baghdad", new Node("i", Kind.PLACE, Map.of("label_en", "Baghdad"), null).label());
        assertEquals("i", new Node("i", Kind.PLACE, Map.of(), null).label());
    }
}
