package org.iraqkg.endpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.iraqkg.rdf.KG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML page of a named graph: how many triples it holds, the documents it holds (a document's graph
 * holds one), and links to its content over the Graph Store Protocol and in each RDF format.
 */
final class GraphPage {
    private static final Logger LOG = LoggerFactory.getLogger(GraphPage.class);

    private GraphPage() {}

    static String render(Terms terms, Node name, Graph graph, String sparqlPath) {
        Html h = new Html(Terms.shortName(name), ResourcePage.alternates());
        h.raw("<header>\n<h1>").esc("رسم مسمّى: " + Terms.shortName(name)).raw("</h1>\n")
                .raw("<p class=\"en\" lang=\"en\" dir=\"ltr\">Named graph</p>\n")
                .raw("<p class=\"iri\" dir=\"ltr\"><code>").esc(name.getURI()).raw("</code></p>\n")
                .raw("<p class=\"formats\" dir=\"ltr\">");
        for (String[] alt : ResourcePage.alternates()) {
            h.link(alt[1], alt[0]);
        }
        String gsp = sparqlPath.substring(0, sparqlPath.length() - "sparql".length()) + "get?graph="
                + java.net.URLEncoder.encode(name.getURI(), java.nio.charset.StandardCharsets.UTF_8);
        h.link(gsp, "Graph Store Protocol").raw("</p>\n</header>\n<main>\n");
        long size = graph.size();
        h.raw("<p>عدد الثلاثيات · <span lang=\"en\" dir=\"ltr\">Triples</span>: <bdi dir=\"ltr\">").esc(
                Long.toString(size)).raw("</bdi></p>\n");
        List<Node> docs = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(Node.ANY, RDF.type.asNode(), KG.Document.asNode());
        try {
            while (it.hasNext() && docs.size() < ResourcePage.MAX_ROWS) {
                Node d = it.next().getSubject();
                if (d.isURI()) {
                    docs.add(d);
                }
            }
        } finally {
            it.close();
        }
        if (!docs.isEmpty()) {
            docs.sort(Comparator.comparing(Node::getURI));
            h.h2("الوثائق", "Documents");
            h.raw("<ul>\n");
            for (Node d : docs) {
                h.raw("<li>").link(terms.href(d.getURI()), terms.display(d)).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</main>\n");
        LOG.debug("graph page of {} ({} triples)", name, size);
        return h.finish(sparqlPath);
    }
}
