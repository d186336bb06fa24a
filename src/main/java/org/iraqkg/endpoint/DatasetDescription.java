package org.iraqkg.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.iraqkg.rdf.KG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset's VoID and DCAT description ({@code /void}, {@code /.well-known/void}) and its SPARQL 1.1
 * Service Description ({@code /service-description}, and {@code GET /kg/sparql} without a query when an
 * RDF type is asked for). The figures are counted by SPARQL over the union of the named graphs (what the
 * endpoint's default graph is) when asked for, and kept for {@link #TTL}:
 * <ul>
 * <li>{@code void:triples}: distinct triples of the union graph (fewer than the quads the loader reports,
 * because the lexicon graph and the documents repeat some triples);</li>
 * <li>{@code void:entities}: actors (instances of {@code kg:Actor} or a subclass), with class partitions
 * for actors, documents, statements and events;</li>
 * <li>{@code dcterms:modified}: when the store's files last changed (its directory's newest file, the
 * lock file aside), i.e. the last load; left out for an in-memory store. The graph holds no load time,
 * and the newest publication date of an article says when the news was written, not when it was
 * loaded.</li>
 * </ul>
 */
final class DatasetDescription {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDescription.class);

    /** How long the counts are kept before they are counted again. */
    static final Duration TTL = Duration.ofMinutes(1);
    /** Most named graphs the service description lists. */
    static final int MAX_NAMED_GRAPHS = 10_000;
    static final String LICENSE = "https://www.apache.org/licenses/LICENSE-2.0";

    private static final String PREFIXES = "PREFIX kg: <" + Namespaces.KG + ">\n"
            + "PREFIX rdfs: <" + Namespaces.RDFS + ">\n";

    /** What the descriptions say about the data, as counted at {@code at}. */
    record Stats(Instant at, long triples, long actors, long documents, long statements, long events,
            List<Node> graphs, long graphCount, List<Node> examples, Instant modified) {}

    private final DatasetGraph dsg;
    private final String base;
    private final String datasetName;
    private final Path storeLocation;
    private final Clock clock;
    private Stats cached;

    DatasetDescription(DatasetGraph dsg, String base, String datasetName, Path storeLocation, Clock clock) {
        this.dsg = dsg;
        this.base = base;
        this.datasetName = datasetName;
        this.storeLocation = storeLocation;
        this.clock = clock;
    }

    String datasetIri() {
        return base + "void#dataset";
    }

    String sparqlEndpoint() {
        return base + datasetName + "/sparql";
    }

    String serviceDescriptionIri() {
        return base + "service-description";
    }

    /** The counts, counted again when older than {@link #TTL}. */
    synchronized Stats stats() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.at().plus(TTL))) {
            long t0 = System.nanoTime();
            cached = Txn.calculateRead(dsg, () -> count(now));
            LOG.debug("dataset counted in {} ms: {} triples", (System.nanoTime() - t0) / 1_000_000, cached.triples());
        }
        return cached;
    }

    private Stats count(Instant now) {
        DatasetGraph union = unionView(dsg);
        long triples = number(union, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        long actors = number(union, PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                + "{ SELECT DISTINCT ?t WHERE { ?t rdfs:subClassOf* kg:Actor } } ?x a ?t }");
        long documents = number(union, PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:Document }");
        long statements = number(union, PREFIXES
                + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:Statement }");
        long events = number(union, PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                + "{ SELECT DISTINCT ?t WHERE { ?t rdfs:subClassOf* kg:Event } } ?x a ?t }");
        List<Node> examples = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(union).query(PREFIXES + "SELECT ?a (COUNT(?m) AS ?n) WHERE { "
                + "?m kg:denotes ?a } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 3").build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> {
                Node a = b.get("a");
                if (a != null && a.isURI()) {
                    examples.add(a);
                }
            });
        }
        List<Node> graphs = new ArrayList<>();
        long graphCount = 0;
        Iterator<Node> it = dsg.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            graphCount++;
            if (graphs.size() < MAX_NAMED_GRAPHS) {
                graphs.add(g);
            }
        }
        graphs.sort((a, b) -> a.toString().compareTo(b.toString()));
        return new Stats(now, triples, actors, documents, statements, events, graphs, graphCount, examples,
                lastModified());
    }

    /** A dataset whose default graph is the union of the named graphs of {@code dsg}. */
    static DatasetGraph unionView(DatasetGraph dsg) {
        if (TDBInternal.isTDB2(dsg) && dsg.getContext().isTrue(TDB2.symUnionDefaultGraph)) {
            return dsg;
        }
        return DatasetGraphFactory.wrap(dsg.getUnionGraph());
    }

    private static long number(DatasetGraph dsg, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            ResultSet rs = ResultSet.adapt(qe.select());
            if (!rs.hasNext()) {
                return 0;
            }
            QuerySolution row = rs.next();
            return row.contains("n") ? row.getLiteral("n").getLong() : 0;
        }
    }

    /** The newest modification time of the store's files (the lock file aside), or null. */
    private Instant lastModified() {
        if (storeLocation == null || !Files.isDirectory(storeLocation)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(storeLocation)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("tdb.lock"))
                    .map(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toInstant();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .max(Instant::compareTo)
                    .map(i -> i.truncatedTo(ChronoUnit.SECONDS))
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("cannot read the modification time of {}: {}", storeLocation, e.toString());
            return null;
        }
    }

    // ---- VoID and DCAT

    /** The VoID and DCAT description. */
    Graph voidGraph() {
        Stats s = stats();
        Graph g = Namespaces.newGraph();
        Node d = uri(datasetIri());
        Node doc = uri(base + "void");
        add(g, doc, RDF.type.asNode(), uri(Namespaces.VOID + "DatasetDescription"));
        add(g, doc, dc("title"), NodeFactory.createLiteralLang("A VoID and DCAT description of iraq-kg", "en"));
        add(g, doc, uri(Namespaces.FOAF + "primaryTopic"), d);

        add(g, d, RDF.type.asNode(), uri(Namespaces.VOID + "Dataset"));
        add(g, d, RDF.type.asNode(), uri(Namespaces.DCAT + "Dataset"));
        add(g, d, dc("title"), NodeFactory.createLiteralLang(
                "iraq-kg: Iraq's security politics in Arabic news", "en"));
        add(g, d, dc("title"), NodeFactory.createLiteralLang(
                "iraq-kg: السياسة الأمنية في العراق كما تعرضها الأخبار العربية", "ar"));
        add(g, d, dc("description"), NodeFactory.createLiteralLang("A knowledge graph built from Arabic news "
                + "about Iraq's security politics: actors (people, governments, armed groups, outlets, places) and "
                + "their roles, statements (who said what, when, through which outlet) and military and diplomatic "
                + "events coded with CAMEO, each traceable to the span of Arabic text it was taken from. One "
                + "named graph per article; the default graph of the SPARQL endpoint is their union.", "en"));
        add(g, d, dc("description"), NodeFactory.createLiteralLang("رسم بياني معرفي مبني على الأخبار العربية "
                + "المتعلقة بالسياسة الأمنية في العراق: الفاعلون (أشخاص وحكومات وجماعات مسلحة ووسائل إعلام وأماكن) "
                + "ومناصبهم، والتصريحات (من قال ماذا ومتى وعبر أي وسيلة)، والأحداث العسكرية والدبلوماسية مرمّزة "
                + "بنظام كاميو، ويُحال كل منها إلى مقطع النص العربي الذي استُخرج منه.", "ar"));
        add(g, d, dc("license"), uri(LICENSE));
        add(g, d, dc("language"), uri("http://id.loc.gov/vocabulary/iso639-1/ar"));
        if (s.modified() != null) {
            add(g, d, dc("modified"), NodeFactory.createLiteralDT(s.modified().toString(),
                    XSDDatatype.XSDdateTime));
        }
        add(g, d, voidP("triples"), integer(s.triples()));
        add(g, d, voidP("entities"), integer(s.actors()));
        partition(g, d, "actors", KG.Actor.asNode(), s.actors());
        partition(g, d, "documents", KG.Document.asNode(), s.documents());
        partition(g, d, "statements", KG.Statement.asNode(), s.statements());
        partition(g, d, "events", KG.Event.asNode(), s.events());
        for (String v : List.of(Namespaces.ONTOLOGY, Namespaces.NIF, Namespaces.SCHEMA, Namespaces.PROV,
                Namespaces.SEM, Namespaces.TIME, Namespaces.SKOS, Namespaces.OWL, Namespaces.RDFS,
                Namespaces.DCTERMS)) {
            add(g, d, voidP("vocabulary"), uri(v));
        }
        add(g, d, voidP("sparqlEndpoint"), uri(sparqlEndpoint()));
        add(g, d, voidP("uriSpace"), NodeFactory.createLiteralString(base));
        for (Node e : s.examples()) {
            add(g, d, voidP("exampleResource"), e);
        }
        String gsp = base + datasetName + "/get";
        add(g, d, voidP("dataDump"), uri(gsp));
        add(g, d, uri(Namespaces.DCAT + "landingPage"), uri(base));

        Node service = uri(datasetIri() + "-sparql-service");
        add(g, service, RDF.type.asNode(), uri(Namespaces.DCAT + "DataService"));
        add(g, service, dc("title"), NodeFactory.createLiteralLang("SPARQL endpoint", "en"));
        add(g, service, uri(Namespaces.DCAT + "endpointURL"), uri(sparqlEndpoint()));
        add(g, service, uri(Namespaces.DCAT + "endpointDescription"), uri(serviceDescriptionIri()));
        add(g, service, dc("conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, uri(Namespaces.DCAT + "servesDataset"), d);

        distribution(g, d, service, "sparql", "SPARQL 1.1 endpoint", null, sparqlEndpoint(), false);
        String union = gsp + "?default";
        distribution(g, d, service, "turtle", "Union of the graphs, Turtle", "text/turtle", union, true);
        distribution(g, d, service, "ntriples", "Union of the graphs, N-Triples", "application/n-triples", union,
                true);
        distribution(g, d, service, "jsonld", "Union of the graphs, JSON-LD", "application/ld+json", union, true);
        distribution(g, d, service, "rdfxml", "Union of the graphs, RDF/XML", "application/rdf+xml", union, true);
        distribution(g, d, service, "trig", "Every named graph, TriG", "application/trig", gsp, true);
        distribution(g, d, service, "nquads", "Every named graph, N-Quads", "application/n-quads", gsp, true);
        return g;
    }

    private void partition(Graph g, Node d, String name, Node cls, long n) {
        Node p = uri(datasetIri() + "-" + name);
        add(g, d, voidP("classPartition"), p);
        add(g, p, voidP("class"), cls);
        add(g, p, voidP("entities"), integer(n));
    }

    private void distribution(Graph g, Node d, Node service, String name, String title, String mediaType,
            String url, boolean download) {
        Node dist = uri(datasetIri() + "-" + name);
        add(g, d, uri(Namespaces.DCAT + "distribution"), dist);
        add(g, dist, RDF.type.asNode(), uri(Namespaces.DCAT + "Distribution"));
        add(g, dist, dc("title"), NodeFactory.createLiteralLang(title, "en"));
        add(g, dist, uri(Namespaces.DCAT + "accessURL"), uri(url));
        add(g, dist, uri(Namespaces.DCAT + "accessService"), service);
        add(g, dist, dc("license"), uri(LICENSE));
        if (download) {
            add(g, dist, uri(Namespaces.DCAT + "downloadURL"), uri(url));
            add(g, dist, dc("description"), NodeFactory.createLiteralLang("Graph Store Protocol GET; send "
                    + "'Accept: " + mediaType + "'.", "en"));
        }
        if (mediaType != null) {
            add(g, dist, uri(Namespaces.DCAT + "mediaType"),
                    uri("https://www.iana.org/assignments/media-types/" + mediaType));
        }
    }

    // ---- SPARQL 1.1 Service Description

    /** The service description of the query endpoint. */
    Graph serviceDescription() {
        Stats s = stats();
        Graph g = Namespaces.newGraph();
        Node svc = uri(serviceDescriptionIri() + "#service");
        add(g, svc, RDF.type.asNode(), sd("Service"));
        add(g, svc, sd("endpoint"), uri(sparqlEndpoint()));
        add(g, svc, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, svc, sd("feature"), sd("UnionDefaultGraph"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads")) {
            add(g, svc, sd("resultFormat"), uri(Namespaces.FORMATS + f));
        }
        Node ds = uri(datasetIri());
        add(g, svc, sd("defaultDataset"), ds);
        add(g, ds, RDF.type.asNode(), sd("Dataset"));
        Node dflt = uri(datasetIri() + "-default-graph");
        add(g, ds, sd("defaultGraph"), dflt);
        add(g, dflt, RDF.type.asNode(), sd("Graph"));
        add(g, dflt, voidP("triples"), integer(s.triples()));
        add(g, dflt, dc("description"), NodeFactory.createLiteralLang(
                "The union of the named graphs: " + s.graphCount() + " named graphs.", "en"));
        for (Node name : s.graphs()) {
            Node ng = NodeFactory.createBlankNode();
            add(g, ds, sd("namedGraph"), ng);
            add(g, ng, RDF.type.asNode(), sd("NamedGraph"));
            add(g, ng, sd("name"), name);
        }
        return g;
    }

    // ---- helpers


    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dc(String local) {
        return uri(Namespaces.DCTERMS + local);
    }

    private static Node voidP(String local) {
        return uri(Namespaces.VOID + local);
    }

    private static Node sd(String local) {
        return uri(Namespaces.SD + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
