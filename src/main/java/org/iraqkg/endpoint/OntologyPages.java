package org.iraqkg.endpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ontology ({@code kg.ttl}) and the CAMEO scheme ({@code cameo.ttl}) as the server publishes them,
 * taken from the store's ontology graph ({@code https://w3id.org/iraqkg/ontology}, where the loader puts
 * both files), so that no file is needed at run time: the ontology is every triple whose subject is the
 * ontology or a {@code kg:} term, the scheme every triple whose subject is the scheme or a CAMEO concept
 * (with the blank nodes they lead to). Also their HTML pages.
 */
final class OntologyPages {
    private static final Logger LOG = LoggerFactory.getLogger(OntologyPages.class);

    private static final Node TYPE = RDF.type.asNode();
    private static final Node COMMENT = RDFS.comment.asNode();
    private static final Node DC_TITLE = NodeFactory.createURI(Namespaces.DCTERMS + "title");
    private static final Node DC_DESCRIPTION = NodeFactory.createURI(Namespaces.DCTERMS + "description");
    private static final Node DC_LICENSE = NodeFactory.createURI(Namespaces.DCTERMS + "license");
    private static final Node DC_SOURCE = NodeFactory.createURI(Namespaces.DCTERMS + "source");
    private static final Node VERSION = OWL.versionInfo.asNode();

    private OntologyPages() {}

    /** The ontology's triples (inside a read transaction), or an empty graph when it was never loaded. */
    static Graph ontology(DatasetGraph dsg) {
        return extract(dsg, s -> s.equals(Namespaces.ONTOLOGY) || s.startsWith(Namespaces.KG));
    }

    /** The CAMEO scheme's triples (inside a read transaction), or an empty graph. */
    static Graph cameo(DatasetGraph dsg) {
        return extract(dsg, s -> s.equals(Namespaces.CAMEO_SCHEME) || s.startsWith(Namespaces.CAMEO));
    }

    private static Graph extract(DatasetGraph dsg, Predicate<String> subject) {
        Graph out = Namespaces.newGraph();
        Node name = NodeFactory.createURI(Namespaces.ONTOLOGY);
        if (!dsg.containsGraph(name)) {
            return out;
        }
        Graph g = dsg.getGraph(name);
        List<Node> roots = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isURI() && subject.test(t.getSubject().getURI())) {
                    out.add(t);
                    if (t.getObject().isBlank()) {
                        roots.add(t.getObject());
                    }
                }
            }
        } finally {
            it.close();
        }
        for (Node b : roots) {
            Describer.cbd(g, b, out);
        }
        LOG.debug("{} triples taken from the ontology graph", out.size());
        return out;
    }

    // ---- the ontology page

    static String ontologyPage(Graph g, String base, String sparqlPath) {
        Terms t = new Terms(g, base);
        Node onto = NodeFactory.createURI(Namespaces.ONTOLOGY);
        Html h = new Html(label(g, onto, DC_TITLE, "en", t.display(onto)), ResourcePage.alternates());
        header(h, g, onto, t);
        section(h, g, t, "الأصناف", "Classes", OWL.Class.asNode());
        section(h, g, t, "الخصائص العلائقية", "Object properties", OWL.ObjectProperty.asNode());
        section(h, g, t, "خصائص البيانات", "Datatype properties", OWL.DatatypeProperty.asNode());
        section(h, g, t, "الأفراد", "Individuals", OWL.NamedIndividual.asNode());
        h.raw("</main>\n");
        return h.finish(sparqlPath);
    }

    private static void header(Html h, Graph g, Node subject, Terms t) {
        h.raw("<header>\n<h1>").esc(label(g, subject, DC_TITLE, "ar", t.display(subject))).raw("</h1>\n");
        String en = label(g, subject, DC_TITLE, "en", null);
        if (en != null) {
            h.raw("<p class=\"en\" lang=\"en\" dir=\"ltr\">").esc(en).raw("</p>\n");
        }
        h.raw("<p class=\"iri\" dir=\"ltr\"><code>").esc(subject.getURI()).raw("</code></p>\n");
        String dAr = label(g, subject, DC_DESCRIPTION, "ar", null);
        String dEn = label(g, subject, DC_DESCRIPTION, "en", null);
        if (dAr != null) {
            h.raw("<p lang=\"ar\">").esc(dAr).raw("</p>\n");
        }
        if (dEn != null) {
            h.raw("<p lang=\"en\" dir=\"ltr\">").esc(dEn).raw("</p>\n");
        }
        String version = Terms.lexical(G.getSP(g, subject, VERSION));
        if (version != null) {
            h.raw("<p>الإصدار · <span lang=\"en\" dir=\"ltr\">Version</span>: <bdi dir=\"ltr\">").esc(version)
                    .raw("</bdi></p>\n");
        }
        String source = Terms.lexical(G.getSP(g, subject, DC_SOURCE));
        if (source != null) {
            h.raw("<p class=\"muted\" lang=\"en\" dir=\"ltr\">").esc(source).raw("</p>\n");
        }
        Node license = G.getSP(g, subject, DC_LICENSE);
        if (license != null && license.isURI()) {
            h.raw("<p>الترخيص · <span lang=\"en\" dir=\"ltr\">License</span>: <bdi dir=\"ltr\">")
                    .link(license.getURI(), license.getURI()).raw("</bdi></p>\n");
        }
        h.raw("<p class=\"formats\" dir=\"ltr\">").link("?format=ttl", "Turtle").link("?format=jsonld", "JSON-LD")
                .link("?format=nt", "N-Triples").link("?format=rdf", "RDF/XML").raw("</p>\n</header>\n<main>\n");
    }

    private static void section(Html h, Graph g, Terms t, String ar, String en, Node kind) {
        List<Node> terms = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, TYPE, kind);
        try {
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isURI() && s.getURI().startsWith(Namespaces.KG)) {
                    terms.add(s);
                }
            }
        } finally {
            it.close();
        }
        if (terms.isEmpty()) {
            return;
        }
        terms.sort(Comparator.comparing(Node::getURI));
        h.h2(ar, en);
        h.tableStart("المصطلح|Term", "التسمية|Label", "التعريف|Definition", "العلاقات|Relations");
        for (Node term : terms) {
            String local = term.getURI().substring(Namespaces.KG.length());
            h.raw("<tr id=\"").raw(Html.attr(local)).raw("\"><td><code dir=\"ltr\">").link("#" + local, "kg:" + local)
                    .raw("</code></td><td>");
            String lAr = t.label(term, "ar");
            String lEn = t.label(term, "en");
            if (lAr != null) {
                h.raw("<span lang=\"ar\">").esc(lAr).raw("</span>");
            }
            if (lEn != null) {
                h.raw("<br><span class=\"en\" lang=\"en\" dir=\"ltr\">").esc(lEn).raw("</span>");
            }
            h.raw("</td><td>");
            String cAr = label(g, term, COMMENT, "ar", null);
            String cEn = label(g, term, COMMENT, "en", null);
            if (cAr != null) {
                h.raw("<span lang=\"ar\">").esc(cAr).raw("</span>");
            }
            if (cEn != null) {
                h.raw("<br><span class=\"en\" lang=\"en\" dir=\"ltr\">").esc(cEn).raw("</span>");
            }
            h.raw("</td><td dir=\"ltr\">");
            relation(h, g, t, term, RDFS.subClassOf.asNode(), "subClassOf");
            relation(h, g, t, term, RDFS.subPropertyOf.asNode(), "subPropertyOf");
            relation(h, g, t, term, RDFS.domain.asNode(), "domain");
            relation(h, g, t, term, RDFS.range.asNode(), "range");
            relation(h, g, t, term, OWL.equivalentClass.asNode(), "equivalentClass");
            relation(h, g, t, term, OWL.equivalentProperty.asNode(), "equivalentProperty");
            relation(h, g, t, term, OWL.inverseOf.asNode(), "inverseOf");
            if (kind.equals(OWL.NamedIndividual.asNode())) {
                relation(h, g, t, term, TYPE, "type");
            }
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
    }

    private static void relation(Html h, Graph g, Terms t, Node term, Node p, String name) {
        List<Node> values = Describer.objects(g, term, p);
        values.removeIf(v -> !v.isURI() || v.equals(OWL.NamedIndividual.asNode()));
        if (values.isEmpty()) {
            return;
        }
        values.sort(Comparator.comparing(Node::getURI));
        h.raw("<span class=\"muted\">").esc(name).raw("</span> ");
        boolean firstValue = true;
        for (Node v : values) {
            if (!firstValue) {
                h.raw(", ");
            }
            firstValue = false;
            String q = Namespaces.qname(v.getURI());
            h.link(t.href(v.getURI()), q != null ? q : v.getURI());
        }
        h.raw("<br>");
    }

    // ---- the CAMEO page

    static String cameoPage(Graph g, String base, String sparqlPath) {
        Terms t = new Terms(g, base);
        Node scheme = NodeFactory.createURI(Namespaces.CAMEO_SCHEME);
        Html h = new Html(label(g, scheme, DC_TITLE, "en", "CAMEO"), ResourcePage.alternates());
        header(h, g, scheme, t);
        List<Node> concepts = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, TYPE, SKOS.Concept.asNode());
        try {
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isURI()) {
                    concepts.add(s);
                }
            }
        } finally {
            it.close();
        }
        concepts.sort(Comparator.comparing((Node c) -> String.valueOf(Terms.lexical(G.getSP(g, c, Terms.SKOS_NOTATION))))
                .thenComparing(Node::getURI));
        h.h2("الرموز", "Codes");
        h.tableStart("الرمز|Code", "العربية|Arabic", "الإنجليزية|English", "الأعم|Broader");
        for (Node c : concepts) {
            String code = Terms.lexical(G.getSP(g, c, Terms.SKOS_NOTATION));
            String shown = code != null ? code : Terms.shortName(c);
            h.raw("<tr id=\"").raw(Html.attr(shown)).raw("\"><td><code dir=\"ltr\">").link(t.href(c.getURI()), shown)
                    .raw("</code></td><td lang=\"ar\">").esc(t.label(c, "ar")).raw("</td><td lang=\"en\" dir=\"ltr\">")
                    .esc(t.label(c, "en")).raw("</td><td dir=\"ltr\">");
            Node broader = G.getSP(g, c, SKOS.broader.asNode());
            if (broader != null && broader.isURI()) {
                String b = Terms.lexical(G.getSP(g, broader, Terms.SKOS_NOTATION));
                h.link("#" + (b != null ? b : Terms.shortName(broader)), b != null ? b : Terms.shortName(broader));
            }
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
        h.raw("</main>\n");
        return h.finish(sparqlPath);
    }

    // ---- helpers

    private static String label(Graph g, Node s, Node p, String lang, String dflt) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && o.getLiteralLanguage().equals(lang)) {
                    return o.getLiteralLexicalForm();
                }
            }
        } finally {
            it.close();
        }
        return dflt;
    }
}
