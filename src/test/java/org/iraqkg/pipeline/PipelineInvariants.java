package org.iraqkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.event.Event;
import org.iraqkg.event.EventMention;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.KG;
import org.iraqkg.rdf.LexiconGraph;
import org.iraqkg.rdf.OntologyGraph;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.rdf.Vocab;
import org.iraqkg.statement.Statement;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.Token;
import org.iraqkg.time.TimeExpression;

/**
 * What must hold for the pipeline's output on any input, shared by the fuzzing properties and their
 * regression tests: {@link Pipeline#analyze} throws nothing; every span of every token, sentence, mention,
 * statement, event and date expression lies within the text, does not cut a surrogate pair, and the text kept
 * with it is the text at those offsets; every IRI of the document's graph is a valid IRI (RFC 3987, with a
 * scheme and no violations); and the graph, merged with the ontology and lexicon graphs, conforms to the SHACL
 * shapes. {@link #check} returns the list of violations (empty when all hold), so that a failure names all of
 * them.
 */
final class PipelineInvariants {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));

    private static Lexicon lexicon;
    private static Pipeline pipeline;
    private static RdfMapper mapper;
    private static Shapes shapes;
    private static Graph reference;

    private PipelineInvariants() {}

    static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.load(HOME.resolve("data/lexicon"));
        }
        return lexicon;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(lexicon());
        }
        return pipeline;
    }

    static synchronized RdfMapper mapper() {
        if (mapper == null) {
            mapper = new RdfMapper(new Iris(Iris.DEFAULT_BASE));
        }
        return mapper;
    }

    static synchronized Shapes shapes() {
        if (shapes == null) {
            shapes = Shapes.parse(OntologyGraph.shapes());
        }
        return shapes;
    }

    /** The ontology graph and the lexicon graph, as the store holds them beside the documents. */
    static synchronized Graph reference() {
        if (reference == null) {
            Graph g = GraphFactory.createDefaultGraph();
            OntologyGraph.build().find().forEach(g::add);
            LexiconGraph.build(lexicon(), mapper().iris()).find().forEach(g::add);
            reference = g;
        }
        return reference;
    }

    /** A document with only a text. */
    static NewsDocument doc(String text) {
        return new NewsDocument("fuzz-1", "fuzz-1.txt", "", text, "", "", "", "fuzz");
    }

    /** The triples the mapper writes for {@code a}. */
    static Graph graphOf(Analysis a) {
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF out = StreamRDFLib.graph(g);
        out.start();
        mapper().write(a, out);
        out.finish();
        return g;
    }

    /** Runs the pipeline and every check; the violations found (empty when the input passes). */
    static List<String> check(NewsDocument doc) {
        Analysis a = pipeline().analyze(doc);
        List<String> problems = new ArrayList<>(checkSpans(a));
        Graph g = graphOf(a);
        problems.addAll(checkIris(g));
        problems.addAll(checkEvidence(g));
        problems.addAll(checkShapes(g));
        return problems;
    }

    /**
     * Every statement and event has its sentence as kg:evidence (what the full-text index finds it by), and
     * each kg:evidence is the text of one of its kg:evidenceSpan.
     */
    static List<String> checkEvidence(Graph g) {
        List<String> p = new ArrayList<>();
        Node evidence = KG.evidence.asNode();
        Node evidenceSpan = KG.evidenceSpan.asNode();
        for (Node s : G.allPO(g, evidenceSpan, null)) {
            List<String> sentences = G.listSP(g, s, evidenceSpan).stream()
                    .map(span -> G.getSP(g, span, Vocab.NIF_ANCHOR.asNode()))
                    .map(words -> words == null ? null : words.getLiteralLexicalForm()).toList();
            List<Node> said = G.listSP(g, s, evidence);
            if (said.isEmpty()) {
                p.add(s + " has an evidence span but no kg:evidence");
            }
            for (Node e : said) {
                if (!sentences.contains(e.getLiteralLexicalForm())) {
                    p.add(s + " has kg:evidence \"" + e.getLiteralLexicalForm() + "\", none of its evidence spans");
                }
            }
        }
        return p;
    }

    /** Offsets within the text, whole code points, and the kept text equal to the text at the offsets. */
    static List<String> checkSpans(Analysis a) {
        String text = a.document().text();
        List<String> p = new ArrayList<>();
        for (Token t : a.text().tokens()) {
            span(p, text, "token " + t.index(), new Span(t.begin(), t.end()), t.text());
        }
        for (Sentence s : a.text().sentences()) {
            span(p, text, "sentence " + s.index(), s.span(), null);
        }
        for (EntityMention m : a.entities().mentions()) {
            span(p, text, "mention of " + m.entityId(), m.span(), m.text());
        }
        for (Statement s : a.statements()) {
            span(p, text, "statement quote", s.span(), s.quote());
            span(p, text, "statement speaker", s.speakerSpan(), null);
            span(p, text, "statement verb", s.verbSpan(), null);
            span(p, text, "statement sentence", s.sentence(), null);
            if (s.verb() != null && s.verbSpan() != null && inText(text, s.verbSpan())
                    && !s.verbSpan().of(text).contains(s.verb())) {
                p.add("statement verb \"" + s.verb() + "\" is not in its span " + s.verbSpan());
            }
        }
        for (Event e : a.events().events()) {
            for (EventMention m : e.mentions()) {
                span(p, text, e.eventClass() + " trigger", m.trigger(), m.triggerText());
                span(p, text, e.eventClass() + " evidence", m.evidence(), m.evidenceText());
            }
        }
        for (TimeExpression t : a.time().expressions()) {
            span(p, text, "date expression", t.span(), t.text());
        }
        return p;
    }

    private static boolean inText(String text, Span s) {
        return s.begin() >= 0 && s.begin() <= s.end() && s.end() <= text.length();
    }

    private static void span(List<String> p, String text, String what, Span s, String kept) {
        if (s == null) {
            return;
        }
        if (!inText(text, s)) {
            p.add(what + " " + s + " lies outside the text of " + text.length() + " chars");
            return;
        }
        if (cutsPair(text, s.begin()) || cutsPair(text, s.end())) {
            p.add(what + " " + s + " cuts a surrogate pair");
        }
        if (kept != null && !kept.equals(s.of(text))) {
            p.add(what + " " + s + " keeps \"" + kept + "\" but the text there is \"" + s.of(text) + "\"");
        }
    }

    private static boolean cutsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /** Every IRI of the graph parses as an IRI (RFC 3987) without errors. */
    static List<String> checkIris(Graph g) {
        List<String> p = new ArrayList<>();
        g.find().forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    String bad = badIri(n.getURI());
                    if (bad != null && !p.contains(bad)) {
                        p.add(bad);
                    }
                }
            }
        });
        return p;
    }

    /** Why {@code iri} is not a valid absolute IRI, or {@code null}. */
    static String badIri(String iri) {
        try {
            IRIx x = IRIx.create(iri);
            if (!x.isReference()) {
                return "IRI <" + iri + "> has no scheme";
            }
            if (x.hasViolations()) {
                StringBuilder sb = new StringBuilder();
                x.handleViolations((error, message) -> sb.append(sb.length() == 0 ? "" : "; ").append(message));
                return "IRI <" + iri + "> has violations: " + sb;
            }
            if (!IRIs.check(iri)) {
                return "IRI <" + iri + "> fails IRIs.check";
            }
            return null;
        } catch (RuntimeException e) {
            return "bad IRI <" + iri + ">: " + e.getMessage();
        }
    }

    /** SHACL validation of the document graph with the ontology and lexicon graphs. */
    static List<String> checkShapes(Graph document) {
        ValidationReport r = ShaclValidator.get().validate(shapes(), new Union(reference(), document));
        List<String> p = new ArrayList<>();
        for (ReportEntry e : r.getEntries()) {
            p.add("SHACL: " + e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": "
                    + e.message());
        }
        return p;
    }

    /** The text with every non-ASCII or control character as a Java escape, for failure messages. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
