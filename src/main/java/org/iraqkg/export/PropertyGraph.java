package org.iraqkg.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The knowledge graph as a property graph for visualization tools (Gephi, Cytoscape): nodes with typed attributes,
 * directed edges with a type and a label, and time intervals for the timeline.
 *
 * <p>Nodes are the actors and places the documents mention or relate (kind {@code actor} or {@code place}), the
 * statements, the events and the negotiation tracks; documents are not nodes (a statement's or an event's file name is
 * an attribute). Edges go from statements to their speaker, the actors they are about, their relaying and channel
 * outlets; from events to their agents, targets, participants, locations and claimants and to their negotiation
 * track; from tracks to their parties; from people to the organisations or countries they hold a role in (labelled
 * with the role's name); and between actors and places that the lexicon relates by membership, nationality, location
 * or capital. See {@link #fromStore} for how the store is read.
 *
 * <p>Every node and edge has an id (a node's is its IRI) and the lists are sorted by id, so the same store always
 * gives the same graph. Attribute values are {@link String}, {@link Integer}, {@link Boolean} or {@link Double}, as
 * declared in {@link #NODE_ATTRIBUTES} and {@link #EDGE_ATTRIBUTES}. The time interval of a node or edge ({@link
 * Interval}) is kept apart from the attributes, since the formats write it differently.
 */
public final class PropertyGraph {

    /** What a node stands for. */
    public enum Kind {
        ACTOR, PLACE, STATEMENT, EVENT, TRACK;

        /** The lower-case name written as the {@code kind} attribute. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Value types of attributes, with their names in GraphML and GEXF. */
    public enum AttributeType {
        STRING("string", "string"),
        INT("int", "integer"),
        BOOLEAN("boolean", "boolean"),
        DOUBLE("double", "double");

        private final String graphml;
        private final String gexf;

        AttributeType(String graphml, String gexf) {
            this.graphml = graphml;
            this.gexf = gexf;
        }

        /** The {@code attr.type} of a GraphML key. */
        public String graphmlName() {
            return graphml;
        }

        /** The {@code type} of a GEXF attribute. */
        public String gexfName() {
            return gexf;
        }
    }

    /** A declared attribute: its name and value type. */
    public record Attribute(String name, AttributeType type) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * The time a node or edge covers, both days inclusive; {@code end} may be {@code null} for an interval that has
     * not ended (a role still held).
     */
    public record Interval(LocalDate start, LocalDate end) {
        private static final Pattern YEAR = Pattern.compile("(\\d{4})");
        private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
        private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        private static final Pattern TIMEZONE = Pattern.compile("(Z|[+-]\\d{2}:\\d{2})$");
        private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

        public Interval {
            Objects.requireNonNull(start, "start");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("interval ends before it starts: " + start + ".." + end);
            }
        }

        /**
         * The days a date literal covers at its precision: an {@code xsd:date} (or the day of an {@code
         * xsd:dateTime}) covers that day, an {@code xsd:gYearMonth} its whole month, an {@code xsd:gYear} its whole
         * year. {@code null} for dates without a year ({@code xsd:gMonthDay}, {@code xsd:gMonth}), other datatypes
         * and lexical forms that are not valid dates.
         */
        public static Interval ofDate(String lexicalForm, String datatypeUri) {
            if (lexicalForm == null || datatypeUri == null || !datatypeUri.startsWith(XSD)) {
                return null;
            }
            String lex = TIMEZONE.matcher(lexicalForm.strip()).replaceFirst("");
            try {
                switch (datatypeUri.substring(XSD.length())) {
                    case "date" -> {
                        Matcher m = DATE.matcher(lex);
                        if (m.matches()) {
                            LocalDate d = LocalDate.parse(lex);
                            return new Interval(d, d);
                        }
                    }
                    case "dateTime", "dateTimeStamp" -> {
                        String day = lex.length() > 10 && lex.charAt(10) == 'T' ? lex.substring(0, 10) : "";
                        if (DATE.matcher(day).matches()) {
                            LocalDate d = LocalDate.parse(day);
                            return new Interval(d, d);
                        }
                    }
                    case "gYearMonth" -> {
                        if (YEAR_MONTH.matcher(lex).matches()) {
                            YearMonth ym = YearMonth.parse(lex);
                            return new Interval(ym.atDay(1), ym.atEndOfMonth());
                        }
                    }
                    case "gYear" -> {
                        if (YEAR.matcher(lex).matches()) {
                            Year y = Year.parse(lex);
                            return new Interval(y.atDay(1), y.atMonth(12).atEndOfMonth());
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            } catch (java.time.DateTimeException e) {
                return null;
            }
            return null;
        }

        /** The smallest interval covering both; {@code other} may be {@code null}. */
        public Interval span(Interval other) {
            if (other == null) {
                return this;
            }
            LocalDate s = start.isBefore(other.start) ? start : other.start;
            LocalDate e = end == null || other.end == null ? null : end.isAfter(other.end) ? end : other.end;
            return new Interval(s, e);
        }
    }

    /**
     * A node: its id (the IRI), kind, attribute values (names from {@link #NODE_ATTRIBUTES}, in that order, only
     * those with a value) and time interval ({@code null} when it has no date).
     */
    public record Node(String id, Kind kind, Map<String, Object> attributes, Interval interval) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** The label to show: the Arabic label, else the English one, else the id. */
        public String label() {
            Object ar = attributes.get("label_ar");
            Object en = attributes.get("label_en");
            return ar != null ? ar.toString() : en != null ? en.toString() : id;
        }
    }

    /**
     * A directed edge: its id, the ids of its source and target nodes, its type (the relation, e.g. {@code speaker}
     * or {@code role}), its label (the relation in words, or a role's name) and time interval ({@code null} when it has
     * no date).
     */
    public record Edge(String id, String source, String target, String type, String label, Interval interval) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The node attributes every format declares, in the order they are written: {@code iri}, {@code kind} (actor,
     * place, statement, event, track), {@code class} (the most specific ontology class), {@code label_ar}, {@code
     * label_en} (the English label, else the Latin transliteration, else the Arabic), {@code wikidata} (actors),
     * {@code date} (statements and events: the date as stored, at its precision), {@code cameo}, {@code status},
     * {@code evidence} (the first sentence stating the event), {@code killed}, {@code wounded}, {@code round}
     * (events), {@code quote}, {@code direct}, {@code channel} (statements), {@code confidence} and {@code file} (the
     * document's file name).
     */
    public static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("iri", AttributeType.STRING),
            new Attribute("kind", AttributeType.STRING),
            new Attribute("class", AttributeType.STRING),
            new Attribute("label_ar", AttributeType.STRING),
            new Attribute("label_en", AttributeType.STRING),
            new Attribute("wikidata", AttributeType.STRING),
            new Attribute("date", AttributeType.STRING),
            new Attribute("cameo", AttributeType.STRING),
            new Attribute("status", AttributeType.STRING),
            new Attribute("evidence", AttributeType.STRING),
            new Attribute("killed", AttributeType.INT),
            new Attribute("wounded", AttributeType.INT),
            new Attribute("round", AttributeType.INT),
            new Attribute("quote", AttributeType.STRING),
            new Attribute("direct", AttributeType.BOOLEAN),
            new Attribute("channel", AttributeType.STRING),
            new Attribute("confidence", AttributeType.DOUBLE),
            new Attribute("file", AttributeType.STRING));

    /** The edge attributes: {@code type} and {@code label}. */
    public static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("type", AttributeType.STRING),
            new Attribute("label", AttributeType.STRING));

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Node> byId = new HashMap<>();

    /**
     * A graph of {@code nodes} and {@code edges}, each sorted by id.
     *
     * @throws IllegalArgumentException when two nodes or two edges share an id, an edge's end is not a node, or a
     *     node has an undeclared attribute or a value of the wrong type
     */
    public PropertyGraph(List<Node> nodes, List<Edge> edges) {
        List<Node> ns = new ArrayList<>(nodes);
        ns.sort(Comparator.comparing(Node::id));
        List<Edge> es = new ArrayList<>(edges);
        es.sort(Comparator.comparing(Edge::id));
        Map<String, Attribute> declared = new LinkedHashMap<>();
        NODE_ATTRIBUTES.forEach(a -> declared.put(a.name(), a));
        for (Node n : ns) {
            if (byId.putIfAbsent(n.id(), n) != null) {
                throw new IllegalArgumentException("two nodes have the id " + n.id());
            }
            n.attributes().forEach((name, value) -> {
                Attribute a = declared.get(name);
                if (a == null) {
                    throw new IllegalArgumentException("undeclared node attribute " + name + " on " + n.id());
                }
                if (!typeOf(value).equals(a.type())) {
                    throw new IllegalArgumentException("node attribute " + name + " of " + n.id() + " is not a "
                            + a.type().graphmlName() + ": " + value);
                }
            });
        }
        Set<String> edgeIds = new HashSet<>();
        for (Edge e : es) {
            if (!edgeIds.add(e.id()) || byId.containsKey(e.id())) {
                throw new IllegalArgumentException("the edge id " + e.id() + " is not unique");
            }
            if (!byId.containsKey(e.source()) || !byId.containsKey(e.target())) {
                throw new IllegalArgumentException("edge " + e.id() + " has an end that is not a node");
            }
        }
        this.nodes = Collections.unmodifiableList(ns);
        this.edges = Collections.unmodifiableList(es);
    }

    private static AttributeType typeOf(Object value) {
        if (value instanceof String) {
            return AttributeType.STRING;
        }
        if (value instanceof Integer) {
            return AttributeType.INT;
        }
        if (value instanceof Boolean) {
            return AttributeType.BOOLEAN;
        }
        if (value instanceof Double) {
            return AttributeType.DOUBLE;
        }
        throw new IllegalArgumentException("attribute values are String, Integer, Boolean or Double, not "
                + (value == null ? "null" : value.getClass().getName()));
    }

    /**
     * The property graph of the store, read with SPARQL in one read transaction (or the caller's transaction, if
     * one is active). The nodes are taken from the document graphs (the graphs holding a {@code kg:Document}), their
     * labels, classes and relations from all graphs, so the lexicon and the ontology complete what documents say.
     */
    public static PropertyGraph fromStore(DatasetGraph dsg) {
        return new PropertyGraphBuilder(dsg).build();
    }

    /** The nodes, sorted by id. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The edges, sorted by id. */
    public List<Edge> edges() {
        return edges;
    }

    /** The node with id {@code id}, or {@code null}. */
    public Node node(String id) {
        return byId.get(id);
    }
}
