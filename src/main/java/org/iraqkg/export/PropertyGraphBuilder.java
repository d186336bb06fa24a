package org.iraqkg.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.iraqkg.export.PropertyGraph.Edge;
import org.iraqkg.export.PropertyGraph.Interval;
import org.iraqkg.export.PropertyGraph.Kind;
import org.iraqkg.rdf.KG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@link PropertyGraph} of a store with SPARQL. Every query names its graphs ({@code GRAPH ?g}), so the
 * result does not depend on whether the store's default graph is the union of its named graphs.
 *
 * <p>Which resources become nodes: the actors and places that a document graph denotes by a {@code kg:Mention} or
 * uses as the speaker, topic, relay or channel outlet of a statement, as the agent, target, participant, location or
 * claimant of an event or as the organisation of a role; every {@code kg:Statement}; every instance of {@code
 * kg:Event} or one of its subclasses; every {@code kg:NegotiationTrack}. Labels, classes, Wikidata ids, roles and
 * lexicon relations come from all graphs.
 */
final class PropertyGraphBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(PropertyGraphBuilder.class);

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";

    private static final String PREFIXES = """
            PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    /** Statement properties whose objects are actor nodes, in the order their edges are described. */
    private static final List<String> STATEMENT_LINKS = List.of("speaker", "about", "relayedBy", "channelOutlet");
    /** Event properties whose objects are actor or place nodes. */
    private static final List<String> EVENT_LINKS = List.of("agent", "target", "participant", "location",
            "claimedBy");
    /** The links of an event node: its roles, and the negotiation track it is a round of. */
    private static final List<String> EVENT_NODE_LINKS = java.util.stream.Stream.concat(EVENT_LINKS.stream(),
            java.util.stream.Stream.of("partOfTrack")).toList();
    /** Relations between actors and places that become edges when both ends are nodes. */
    private static final List<String> LEXICON_LINKS = List.of("memberOf", "nationality", "locatedIn", "capitalOf");

    private static final int LABEL_QUOTE_LENGTH = 60;

    private final DatasetGraph dsg;

    /** kg: class → its kg: superclasses, itself included. */
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    /** Labels of kg: classes and properties: IRI → language → label. */
    private final Map<String, Map<String, String>> termLabels = new HashMap<>();
    /** Document IRI → file name. */
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, NodeData> nodes = new HashMap<>();
    private final Map<String, Edge> edges = new HashMap<>();

    PropertyGraphBuilder(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    PropertyGraph build() {
        boolean ownTxn = !dsg.isInTransaction();
        if (ownTxn) {
            dsg.begin(TxnType.READ);
        }
        try {
            readOntology();
            readDocuments();
            readStatements();
            readEvents();
            readTracks();
            readActors();
            // Actors first: a statement's English label names its speaker.
            nodes.values().stream().filter(n -> n.kind != Kind.STATEMENT).forEach(NodeData::finish);
            nodes.values().stream().filter(n -> n.kind == Kind.STATEMENT).forEach(NodeData::finish);
            addLinkEdges();
            readRoles();
            readLexiconRelations();
            spanActorsAndTracks();
            List<PropertyGraph.Node> result = nodes.values().stream().map(NodeData::toNode).toList();
            PropertyGraph graph = new PropertyGraph(result, new ArrayList<>(edges.values()));
            LOG.debug("Property graph: {} nodes, {} edges", graph.nodes().size(), graph.edges().size());
            return graph;
        } finally {
            if (ownTxn) {
                dsg.end();
            }
        }
    }

    // ---- Reading

    private void readOntology() {
        Map<String, Set<String>> direct = new HashMap<>();
        select("""
                SELECT DISTINCT ?c ?sup WHERE {
                  GRAPH ?g { ?c rdfs:subClassOf ?sup }
                  FILTER(STRSTARTS(STR(?c), STR(kg:)) && STRSTARTS(STR(?sup), STR(kg:)))
                }""", b -> direct.computeIfAbsent(iri(b, "c"), k -> new HashSet<>()).add(iri(b, "sup")));
        for (String c : direct.keySet()) {
            Set<String> all = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(c));
            while (!todo.isEmpty()) {
                String x = todo.remove(todo.size() - 1);
                if (all.add(x)) {
                    todo.addAll(direct.getOrDefault(x, Set.of()));
                }
            }
            superClasses.put(c, all);
        }
        select("""
                SELECT DISTINCT ?t ?label WHERE {
                  GRAPH ?g { ?t rdfs:label ?label }
                  FILTER(STRSTARTS(STR(?t), STR(kg:)))
                }""", b -> {
                    Node label = b.get("label");
                    String lang = language(label);
                    if (lang != null) {
                        termLabels.computeIfAbsent(iri(b, "t"), k -> new TreeMap<>())
                                .merge(lang, text(label), PropertyGraphBuilder::min);
                    }
                });
    }

    private void readDocuments() {
        select("""
                SELECT DISTINCT ?doc ?file WHERE {
                  GRAPH ?g { ?doc a kg:Document OPTIONAL { ?doc kg:fileName ?file } }
                }""", b -> {
                    if (b.get("file") != null && b.get("file").isLiteral()) {
                        files.merge(iri(b, "doc"), text(b.get("file")), PropertyGraphBuilder::min);
                    }
                });
    }

    private void readStatements() {
        select("""
                SELECT ?s ?p ?o WHERE {
                  GRAPH ?g { ?s a kg:Statement . ?s ?p ?o }
                  VALUES ?p { rdf:type kg:quote kg:direct kg:date kg:channel kg:confidence kg:sourceDocument
                              kg:speaker kg:about kg:relayedBy kg:channelOutlet }
                }""", b -> node(iri(b, "s"), Kind.STATEMENT).add(iri(b, "p"), b.get("o")));
    }

    private void readEvents() {
        Set<String> eventClasses = new TreeSet<>();
        eventClasses.add(KG.Event.getURI());
        superClasses.forEach((c, sups) -> {
            if (sups.contains(KG.Event.getURI())) {
                eventClasses.add(c);
            }
        });
        String values = eventClasses.stream().map(c -> "<" + c + ">").collect(Collectors.joining(" "));
        select("""
                SELECT ?e ?p ?o WHERE {
                  VALUES ?t { %s }
                  GRAPH ?g { ?e a ?t . ?e ?p ?o }
                  VALUES ?p { rdf:type kg:date kg:status kg:cameo kg:evidence kg:killed kg:wounded kg:roundNumber
                              kg:confidence kg:sourceDocument kg:partOfTrack
                              kg:agent kg:target kg:participant kg:location kg:claimedBy }
                }""".formatted(values), b -> node(iri(b, "e"), Kind.EVENT).add(iri(b, "p"), b.get("o")));
        // The sentence of the event's first mention: the evidence span holding a span of the trigger (kg:trigger is
        // the first mention's), else the evidence span that begins first.
        select("""
                SELECT ?e ?begin ?text ?triggerBegin WHERE {
                  VALUES ?t { %s }
                  GRAPH ?g {
                    ?e a ?t ; kg:evidenceSpan ?span .
                    ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text .
                    OPTIONAL {
                      ?e kg:trigger ?trigger ; kg:span ?ts .
                      ?ts nif:beginIndex ?triggerBegin ; nif:endIndex ?triggerEnd ; nif:anchorOf ?anchor .
                      FILTER(STR(?anchor) = STR(?trigger) && ?triggerBegin >= ?begin && ?triggerEnd <= ?end)
                    }
                  }
                }""".formatted(values), b -> {
                    NodeData n = nodes.get(iri(b, "e"));
                    Long begin = integer(b.get("begin"));
                    Long triggerBegin = integer(b.get("triggerBegin"));
                    if (n != null && begin != null && b.get("text").isLiteral()) {
                        n.evidence(triggerBegin, begin, text(b.get("text")));
                    }
                });
        Map<String, String> cameoCodes = new HashMap<>();
        select("""
                SELECT DISTINCT ?c ?code WHERE {
                  GRAPH ?g { ?e kg:cameo ?c }
                  GRAPH ?h { ?c skos:notation ?code }
                }""", b -> cameoCodes.merge(iri(b, "c"), text(b.get("code")), PropertyGraphBuilder::min));
        for (NodeData n : nodes.values()) {
            if (n.kind == Kind.EVENT) {
                String cameo = n.firstIri("cameo");
                if (cameo != null) {
                    n.attributes.put("cameo", cameoCodes.getOrDefault(cameo, localName(cameo)));
                }
            }
        }
    }

    private void readTracks() {
        select("""
                SELECT ?t ?p ?o WHERE {
                  GRAPH ?g { ?t a kg:NegotiationTrack . ?t ?p ?o }
                  VALUES ?p { rdf:type rdfs:label skos:prefLabel kg:participant }
                }""", b -> node(iri(b, "t"), Kind.TRACK).add(iri(b, "p"), b.get("o")));
    }

    private void readActors() {
        select("""
                SELECT ?a ?p ?o WHERE {
                  { SELECT DISTINCT ?a WHERE {
                      GRAPH ?g {
                        ?doc a kg:Document .
                        { ?m a kg:Mention ; kg:denotes ?a }
                        UNION
                        { ?x kg:speaker|kg:about|kg:relayedBy|kg:channelOutlet|kg:agent|kg:target|kg:participant
                             |kg:location|kg:claimedBy|kg:roleIn ?a }
                      }
                      FILTER(isIRI(?a))
                  } }
                  OPTIONAL {
                    GRAPH ?h { ?a ?p ?o }
                    VALUES ?p { rdf:type rdfs:label skos:prefLabel kg:wikidataId }
                  }
                }""", b -> {
                    String a = iri(b, "a");
                    NodeData existing = nodes.get(a);
                    if (existing != null && existing.kind != Kind.ACTOR) {
                        return; // a statement, event or track used as an object: it is already a node
                    }
                    NodeData n = node(a, Kind.ACTOR);
                    if (b.get("p") != null) {
                        n.add(b.get("p").getURI(), b.get("o"));
                    }
                });
        for (NodeData n : nodes.values()) {
            if (n.kind == Kind.ACTOR && !isA(n, KG.Actor.getURI()) && isA(n, KG.Place.getURI())) {
                n.kind = Kind.PLACE;
            }
        }
    }

    /** Edges from statements, events and tracks to the nodes their properties name. */
    private void addLinkEdges() {
        for (NodeData n : nodes.values()) {
            List<String> links = switch (n.kind) {
                case STATEMENT -> STATEMENT_LINKS;
                case EVENT -> EVENT_NODE_LINKS;
                case TRACK -> List.of("participant");
                default -> List.of();
            };
            for (String p : links) {
                for (String target : n.iris(p)) {
                    addEdge(p, n.id, target, propertyLabel(p), null, null);
                }
            }
        }
    }

    private void readRoles() {
        // One edge per person, organisation and position, however many holdings (document and lexicon) say so.
        Map<String, RoleData> roles = new TreeMap<>();
        select("""
                SELECT DISTINCT ?person ?holding ?org ?position ?name ?start ?end WHERE {
                  GRAPH ?g { ?person kg:hasRole ?holding }
                  GRAPH ?h { ?holding kg:roleIn ?org }
                  OPTIONAL { GRAPH ?i { ?holding kg:position ?position } }
                  OPTIONAL { GRAPH ?j { ?holding kg:roleName ?name } }
                  OPTIONAL { GRAPH ?k { ?holding kg:startDate ?start } }
                  OPTIONAL { GRAPH ?l { ?holding kg:endDate ?end } }
                }""", b -> {
                    String person = iri(b, "person");
                    String org = iri(b, "org");
                    if (person == null || org == null || !isActorOrPlace(person) || !isActorOrPlace(org)) {
                        return;
                    }
                    String position = iri(b, "position");
                    String holding = iri(b, "holding");
                    String of = position != null ? position : holding;
                    RoleData r = roles.computeIfAbsent(person + " " + org + " " + of,
                            k -> new RoleData(person, org, of));
                    r.holding(holding, b.get("start"), b.get("end"));
                    if (position != null) {
                        r.positions.add(position);
                    }
                    Node name = b.get("name");
                    if (name != null && name.isLiteral()) {
                        r.names.add(new Label(text(name), language(name), false));
                    }
                });
        readPositionLabels(roles.values());
        for (RoleData r : roles.values()) {
            String label = firstNonNull(Label.arabic(r.names), Label.english(r.names),
                    Label.arabic(r.positionLabels), Label.english(r.positionLabels), "role");
            addEdge("role", r.person, r.org, label, r.discriminator, r.interval());
        }
    }

    /** Labels of the positions of roles (not kg: terms, so not among {@link #termLabels}). */
    private void readPositionLabels(Collection<RoleData> roles) {
        Map<String, List<Label>> labels = new HashMap<>();
        select("""
                SELECT DISTINCT ?position ?label WHERE {
                  GRAPH ?g { ?holding kg:position ?position }
                  GRAPH ?h { ?position rdfs:label ?label }
                }""", b -> {
                    Node l = b.get("label");
                    if (l.isLiteral()) {
                        labels.computeIfAbsent(iri(b, "position"), k -> new ArrayList<>())
                                .add(new Label(text(l), language(l), false));
                    }
                });
        for (RoleData r : roles) {
            for (String position : r.positions) {
                r.positionLabels.addAll(labels.getOrDefault(position, List.of()));
            }
        }
    }

    private void readLexiconRelations() {
        select("""
                SELECT DISTINCT ?s ?p ?o WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  VALUES ?p { kg:memberOf kg:nationality kg:locatedIn kg:capitalOf }
                }""", b -> {
                    String s = iri(b, "s");
                    String o = iri(b, "o");
                    if (s != null && o != null && isActorOrPlace(s) && isActorOrPlace(o)) {
                        String p = localName(b.get("p").getURI());
                        addEdge(p, s, o, propertyLabel(p), null, null);
                    }
                });
    }

    /**
     * Dated statements and events give their interval to their edges; actors and places get the span of the dated
     * statements and events linked to them, tracks the span of their dated rounds.
     */
    private void spanActorsAndTracks() {
        for (Map.Entry<String, Edge> entry : new ArrayList<>(edges.entrySet())) {
            Edge e = entry.getValue();
            NodeData source = nodes.get(e.source());
            NodeData target = nodes.get(e.target());
            if ((source.kind != Kind.STATEMENT && source.kind != Kind.EVENT) || source.interval == null) {
                continue;
            }
            entry.setValue(new Edge(e.id(), e.source(), e.target(), e.type(), e.label(), source.interval));
            if (target.kind == Kind.ACTOR || target.kind == Kind.PLACE || target.kind == Kind.TRACK) {
                target.spanned = source.interval.span(target.spanned);
            }
        }
        for (NodeData n : nodes.values()) {
            if (n.kind == Kind.ACTOR || n.kind == Kind.PLACE || n.kind == Kind.TRACK) {
                n.interval = n.spanned;
            }
        }
    }

    // ---- Nodes and edges

    private NodeData node(String id, Kind kind) {
        return nodes.computeIfAbsent(id, k -> new NodeData(k, kind));
    }

    private boolean isActorOrPlace(String id) {
        NodeData n = nodes.get(id);
        return n != null && (n.kind == Kind.ACTOR || n.kind == Kind.PLACE);
    }

    private void addEdge(String type, String source, String target, String label, String discriminator,
            Interval interval) {
        if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
            return;
        }
        String id = type + ":" + source + ">" + target + (discriminator == null ? "" : "#" + discriminator);
        edges.putIfAbsent(id, new Edge(id, source, target, type, label, interval));
    }

    private boolean isA(NodeData n, String cls) {
        for (String t : n.types) {
            if (t.equals(cls) || superClasses.getOrDefault(t, Set.of()).contains(cls)) {
                return true;
            }
        }
        return false;
    }

    /** The most specific of the kg: classes {@code types}: one no other of them is a subclass of (first by name). */
    private String mostSpecific(Set<String> types) {
        List<String> kg = types.stream().filter(t -> t.startsWith(KG.NS)).sorted().toList();
        for (String t : kg) {
            boolean hasSubclass = kg.stream().anyMatch(u -> !u.equals(t)
                    && superClasses.getOrDefault(u, Set.of()).contains(t));
            if (!hasSubclass) {
                return t;
            }
        }
        return null;
    }

    /** The English label of kg: property {@code local} (e.g. "relayed by"), else its local name. */
    private String propertyLabel(String local) {
        Map<String, String> labels = termLabels.get(KG.NS + local);
        String en = labels == null ? null : labels.get("en");
        return en != null ? en : local;
    }

    private String classLabel(String cls, String lang) {
        Map<String, String> labels = termLabels.get(cls);
        String l = labels == null ? null : labels.get(lang);
        return l != null ? l : localName(cls);
    }

    /** What is known of one node while the graph is read. */
    private final class NodeData {
        final String id;
        Kind kind;
        final Set<String> types = new TreeSet<>();
        final List<Label> labels = new ArrayList<>();
        /** Objects of the properties read, by property local name (IRIs and literal lexical forms, sorted). */
        final Map<String, TreeMap<String, Node>> values = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        /** The chosen evidence sentence, and the offsets it was chosen by (trigger span, sentence). */
        String evidence;
        long evidenceTrigger = Long.MAX_VALUE;
        long evidenceBegin = Long.MAX_VALUE;
        Interval interval;
        Interval spanned;

        NodeData(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        void add(String property, Node object) {
            if (property.equals(RDF_TYPE)) {
                if (object.isURI()) {
                    types.add(object.getURI());
                }
            } else if (property.equals(RDFS_LABEL) || property.equals(SKOS_PREF_LABEL)) {
                if (object.isLiteral()) {
                    labels.add(new Label(text(object), language(object), property.equals(SKOS_PREF_LABEL)));
                }
            } else if (property.startsWith(KG.NS) && (object.isURI() || object.isLiteral())) {
                String key = object.isURI() ? object.getURI() : text(object);
                values.computeIfAbsent(property.substring(KG.NS.length()), k -> new TreeMap<>())
                        .putIfAbsent(key, object);
            }
        }

        /** The IRIs among the values of {@code property}, sorted. */
        List<String> iris(String property) {
            TreeMap<String, Node> v = values.get(property);
            return v == null ? List.of() : v.values().stream().filter(Node::isURI).map(Node::getURI).toList();
        }

        String firstIri(String property) {
            List<String> iris = iris(property);
            return iris.isEmpty() ? null : iris.get(0);
        }

        /** The first literal value of {@code property} (by lexical form), or {@code null}. */
        Node firstLiteral(String property) {
            TreeMap<String, Node> v = values.get(property);
            if (v == null) {
                return null;
            }
            return v.values().stream().filter(Node::isLiteral).findFirst().orElse(null);
        }

        /** Keeps the sentence with the first trigger span, else the first sentence. */
        void evidence(Long triggerBegin, long begin, String text) {
            long trigger = triggerBegin == null ? Long.MAX_VALUE : triggerBegin;
            int c = trigger != evidenceTrigger ? Long.compare(trigger, evidenceTrigger)
                    : begin != evidenceBegin ? Long.compare(begin, evidenceBegin)
                    : evidence == null ? -1 : text.compareTo(evidence);
            if (c < 0) {
                evidenceTrigger = trigger;
                evidenceBegin = begin;
                evidence = text;
            }
        }

        /** Computes the attributes from what was read. */
        void finish() {
            attributes.put("iri", id);
            attributes.put("kind", kind.label());
            String cls = mostSpecific(types);
            if (cls == null) {
                cls = switch (kind) {
                    case STATEMENT -> KG.Statement.getURI();
                    case TRACK -> KG.NegotiationTrack.getURI();
                    case EVENT -> KG.Event.getURI();
                    default -> null;
                };
            }
            if (cls != null) {
                attributes.put("class", localName(cls));
            }
            Node date = firstLiteral("date");
            if (date != null) {
                attributes.put("date", text(date));
                interval = Interval.ofDate(date.getLiteralLexicalForm(), date.getLiteralDatatypeURI());
            }
            String doc = firstIri("sourceDocument");
            if (doc != null && files.containsKey(doc)) {
                attributes.put("file", files.get(doc));
            }
            putDouble("confidence", firstLiteral("confidence"));
            switch (kind) {
                case ACTOR, PLACE, TRACK -> {
                    putLabels(Label.arabic(labels), Label.english(labels));
                    Node wikidata = firstLiteral("wikidataId");
                    if (wikidata != null) {
                        attributes.put("wikidata", text(wikidata));
                    }
                }
                case EVENT -> {
                    String dated = date == null ? "" : " " + text(date);
                    putLabels(classLabel(cls, "ar") + dated, classLabel(cls, "en") + dated);
                    String status = firstIri("status");
                    if (status != null) {
                        attributes.put("status", localName(status));
                    }
                    if (evidence == null) {
                        Node ev = firstLiteral("evidence");
                        evidence = ev == null ? null : text(ev);
                    }
                    if (evidence != null) {
                        attributes.put("evidence", evidence);
                    }
                    putInt("killed", firstLiteral("killed"));
                    putInt("wounded", firstLiteral("wounded"));
                    putInt("round", firstLiteral("roundNumber"));
                }
                case STATEMENT -> {
                    Node quote = firstLiteral("quote");
                    if (quote != null) {
                        attributes.put("quote", text(quote));
                    }
                    Node direct = firstLiteral("direct");
                    if (direct != null) {
                        String d = direct.getLiteralLexicalForm().strip();
                        if (d.equals("true") || d.equals("1") || d.equals("false") || d.equals("0")) {
                            attributes.put("direct", d.equals("true") || d.equals("1"));
                        }
                    }
                    String channel = firstIri("channel");
                    if (channel != null) {
                        attributes.put("channel", localName(channel));
                    }
                    String en = classLabel(cls, "en");
                    String speaker = firstIri("speaker");
                    NodeData sp = speaker == null ? null : nodes.get(speaker);
                    if (sp != null && sp.attributes.get("label_en") != null) {
                        en = en + " by " + sp.attributes.get("label_en");
                    }
                    putLabels(quote == null ? classLabel(cls, "ar") : shorten(text(quote)), en);
                }
                default -> throw new IllegalStateException(kind.toString());
            }
        }

        private void putLabels(String ar, String en) {
            if (ar != null) {
                attributes.put("label_ar", ar);
            }
            String english = en != null ? en : ar;
            if (english != null) {
                attributes.put("label_en", english);
            }
        }

        private void putInt(String name, Node literal) {
            Long v = integer(literal);
            if (v != null && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                attributes.put(name, v.intValue());
            }
        }

        private void putDouble(String name, Node literal) {
            if (literal == null) {
                return;
            }
            try {
                double d = Double.parseDouble(literal.getLiteralLexicalForm().strip());
                if (Double.isFinite(d)) {
                    attributes.put(name, d);
                }
            } catch (NumberFormatException e) {
                // not a number: no attribute
            }
        }

        PropertyGraph.Node toNode() {
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (PropertyGraph.Attribute a : PropertyGraph.NODE_ATTRIBUTES) {
                Object v = attributes.get(a.name());
                if (v != null) {
                    ordered.put(a.name(), v);
                }
            }
            return new PropertyGraph.Node(id, kind, ordered, interval);
        }
    }

    /** The holdings of one role (person, organisation, position). */
    private static final class RoleData {
        final String person;
        final String org;
        /** The position, or the holding when it names none: what tells two roles in the same place apart. */
        final String discriminator;
        final List<Label> names = new ArrayList<>();
        final List<Label> positionLabels = new ArrayList<>();
        final Set<String> positions = new TreeSet<>();
        final Map<String, Interval[]> holdings = new TreeMap<>();

        RoleData(String person, String org, String discriminator) {
            this.person = person;
            this.org = org;
            this.discriminator = discriminator;
        }

        void holding(String holding, Node start, Node end) {
            Interval[] se = holdings.computeIfAbsent(holding, k -> new Interval[2]);
            if (start != null && start.isLiteral()) {
                se[0] = Interval.ofDate(start.getLiteralLexicalForm(), start.getLiteralDatatypeURI());
            }
            if (end != null && end.isLiteral()) {
                se[1] = Interval.ofDate(end.getLiteralLexicalForm(), end.getLiteralDatatypeURI());
            }
        }

        /** From the earliest start to the latest end of the dated holdings; open when one has not ended. */
        Interval interval() {
            Interval result = null;
            for (Interval[] se : holdings.values()) {
                if (se[0] == null) {
                    continue;
                }
                LocalDate endDay = se[1] == null ? null : se[1].end();
                Interval i = endDay == null || endDay.isBefore(se[0].start())
                        ? new Interval(se[0].start(), null) : new Interval(se[0].start(), endDay);
                result = result == null ? i : result.span(i);
            }
            return result;
        }
    }

    /** A label with its language tag (lower case, {@code null} when it has none). */
    private record Label(String text, String lang, boolean preferred) {
        private static final Comparator<Label> ORDER = Comparator.comparing((Label l) -> !l.preferred)
                .thenComparing(Label::text);

        static String arabic(List<Label> labels) {
            return best(labels, l -> l.lang != null && (l.lang.equals("ar") || l.lang.startsWith("ar-"))
                    && !l.lang.startsWith("ar-latn"));
        }

        /** The English label, else the Latin transliteration of the Arabic, else {@code null}. */
        static String english(List<Label> labels) {
            String en = best(labels, l -> l.lang != null && (l.lang.equals("en") || l.lang.startsWith("en-")));
            return en != null ? en : best(labels, l -> l.lang != null && l.lang.startsWith("ar-latn"));
        }

        private static String best(List<Label> labels, Predicate<Label> filter) {
            return labels.stream().filter(filter).min(ORDER).map(Label::text).orElse(null);
        }
    }

    // ---- SPARQL and terms

    private void select(String query, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
    }

    private static String iri(Binding b, String var) {
        Node n = b.get(var);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    /** The lexical form of a literal, without unpaired surrogates. */
    private static String text(Node literal) {
        return GraphText.withoutLoneSurrogates(literal.getLiteralLexicalForm());
    }

    /** The lower-case language tag of a literal, or {@code null}. */
    private static String language(Node literal) {
        String lang = literal.isLiteral() ? literal.getLiteralLanguage() : null;
        return lang == null || lang.isEmpty() ? null : lang.toLowerCase(Locale.ROOT);
    }

    private static Long integer(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return null;
        }
        try {
            return Long.parseLong(literal.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    private static String shorten(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        if (q.codePointCount(0, q.length()) <= LABEL_QUOTE_LENGTH) {
            return q;
        }
        return q.substring(0, q.offsetByCodePoints(0, LABEL_QUOTE_LENGTH)).strip() + "…";
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
