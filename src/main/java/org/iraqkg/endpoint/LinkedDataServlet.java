package org.iraqkg.endpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linked data over the SPARQL server. A GET (or HEAD) of a path under {@code /id/}, {@code /document/},
 * {@code /statement/}, {@code /event/}, {@code /role/}, {@code /position/}, {@code /track/} or
 * {@code /graph/} is taken as the IRI {@code base + path} (whatever host and port the request came to;
 * percent-encoding as in the IRI, hex digits in either case) and answered with that resource's
 * description ({@link Describer}) or page ({@link ResourcePage}); a named graph's IRI answers with the
 * graph. Also serves the ontology ({@code /ontology}, {@code /iraqkg/ontology}), the CAMEO scheme
 * ({@code /cameo}, {@code /iraqkg/cameo}, a code at {@code /cameo/CODE}), the JSON-LD context
 * ({@code /context.jsonld}), the VoID/DCAT description ({@code /void}, {@code /.well-known/void}) and the
 * SPARQL service description ({@code /service-description}).
 * <p>
 * Content negotiation ({@link Negotiation}): {@code text/html}, {@code text/turtle},
 * {@code application/ld+json} (compacted with the prefixes of {@code base + "context.jsonld"}, written inline
 * so that the answer parses on its own), {@code application/n-triples}, {@code application/rdf+xml}; {@code ?format=} overrides the
 * {@code Accept} header. No Accept header, or any type, gives Turtle. An Accept header that allows none of
 * them gets 406 with the list; an unknown {@code ?format=} gets 400. An unknown IRI gets 404, as a small
 * HTML page when the client prefers HTML, else as plain text. Every answer varies by {@code Accept}.
 * Reads happen in a read transaction.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);

    /** The first path segments of the IRIs minted under the base. */
    static final List<String> RESOURCE_SEGMENTS = List.of("id", "document", "statement", "event", "role",
            "position", "track", "graph");

    /** The servlet path specs this servlet is registered at. */
    static final List<String> PATH_SPECS = pathSpecs();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DatasetGraph dsg;
    private final String base;
    private final String sparqlPath;
    private final transient DatasetDescription description;
    private final String contextDocument;

    LinkedDataServlet(DatasetGraph dsg, String base, String datasetName, DatasetDescription description) {
        this.dsg = dsg;
        this.base = base;
        this.sparqlPath = "/" + datasetName + "/sparql";
        this.description = description;
        this.contextDocument = Namespaces.contextDocument(JSON);
    }

    private static List<String> pathSpecs() {
        List<String> specs = new java.util.ArrayList<>();
        for (String s : RESOURCE_SEGMENTS) {
            specs.add("/" + s + "/*");
        }
        specs.addAll(List.of("/ontology/*", "/iraqkg/ontology/*", "/cameo/*", "/iraqkg/cameo/*",
                "/" + Namespaces.CONTEXT_PATH, "/void", "/.well-known/void", "/service-description"));
        return List.copyOf(specs);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, false);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, true);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        try {
            route(normalize(path), req, resp, head);
        } catch (RuntimeException e) {
            LOG.warn("{} {}: {}", req.getMethod(), path, e.toString());
            LOG.debug("linked data failure", e);
            if (!resp.isCommitted()) {
                resp.reset();
                send(resp, head, 500, "text/plain; charset=utf-8", "500 Internal Server Error\n");
            }
        }
    }

    private void route(String path, HttpServletRequest req, HttpServletResponse resp, boolean head)
            throws IOException {
        switch (path) {
            case "/context.jsonld" -> {
                resp.setHeader("Cache-Control", "public, max-age=3600");
                send(resp, head, 200, "application/ld+json", contextDocument);
                return;
            }
            case "/void", "/.well-known/void" -> {
                rdfOnly(req, resp, head, description.voidGraph());
                return;
            }
            case "/service-description" -> {
                rdfOnly(req, resp, head, description.serviceDescription());
                return;
            }
            case "/ontology", "/ontology/", "/iraqkg/ontology", "/iraqkg/ontology/" -> {
                ontology(req, resp, head, false);
                return;
            }
            case "/cameo", "/cameo/", "/iraqkg/cameo", "/iraqkg/cameo/" -> {
                ontology(req, resp, head, true);
                return;
            }
            default -> {
                // resources below
            }
        }
        String iri;
        if (path.startsWith("/cameo/")) {
            iri = Namespaces.CAMEO + path.substring("/cameo/".length());
        } else if (path.startsWith("/iraqkg/cameo/")) {
            iri = Namespaces.CAMEO + path.substring("/iraqkg/cameo/".length());
        } else if (path.startsWith("/ontology/") || path.startsWith("/iraqkg/ontology/")) {
            notFound(req, resp, head, "No such page: " + path);
            return;
        } else {
            iri = base + path.substring(1);
        }
        if (!validIri(iri)) {
            notFound(req, resp, head, "Not an IRI of this dataset: " + path);
            return;
        }
        resource(req, resp, head, NodeFactory.createURI(iri), path.startsWith("/graph/"));
    }

    private void resource(HttpServletRequest req, HttpServletResponse resp, boolean head, Node r, boolean graphPath)
            throws IOException {
        Negotiation.Choice choice = Negotiation.choose(req, Representation.ALL);
        Representation rep = choice.representation();
        Object answer = Txn.calculateRead(dsg, () -> {
            if (graphPath && dsg.containsGraph(r)) {
                Graph g = dsg.getGraph(r);
                if (rep == Representation.HTML) {
                    return GraphPage.render(new Terms(dsg.getUnionGraph(), base), r, g, sparqlPath);
                }
                if (rep == null) {
                    return Boolean.TRUE;
                }
                Graph copy = Namespaces.newGraph();
                g.find().forEachRemaining(copy::add);
                return copy;
            }
            Graph union = dsg.getUnionGraph();
            if (rep == Representation.HTML) {
                boolean known = union.contains(r, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, r);
                return known ? ResourcePage.render(new Terms(union, base), r, sparqlPath) : null;
            }
            Graph d = Describer.describe(union, r);
            return rep == null && d != null ? Boolean.TRUE : d;
        });
        if (answer == null) {
            notFound(req, resp, head, "Not found: " + r.getURI());
            return;
        }
        if (rep == null) {
            notAcceptable(resp, head, choice, Representation.ALL);
            return;
        }
        if (answer instanceof String html) {
            send(resp, head, 200, rep.contentType, html);
        } else {
            send(resp, head, 200, rep.contentType, serialize((Graph) answer, rep));
        }
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp, boolean head, boolean cameo)
            throws IOException {
        Negotiation.Choice choice = Negotiation.choose(req, Representation.ALL);
        Representation rep = choice.representation();
        Graph g = Txn.calculateRead(dsg, () -> cameo ? OntologyPages.cameo(dsg) : OntologyPages.ontology(dsg));
        if (g.isEmpty()) {
            notFound(req, resp, head, "The ontology graph " + Namespaces.ONTOLOGY + " is not in the store "
                    + "(load documents first)");
            return;
        }
        if (rep == null) {
            notAcceptable(resp, head, choice, Representation.ALL);
            return;
        }
        if (rep == Representation.HTML) {
            String html = cameo ? OntologyPages.cameoPage(g, base, sparqlPath)
                    : OntologyPages.ontologyPage(g, base, sparqlPath);
            send(resp, head, 200, rep.contentType, html);
        } else {
            send(resp, head, 200, rep.contentType, serialize(g, rep));
        }
    }

    /** VoID and the service description: RDF only (a browser's "any type" gets Turtle). */
    private void rdfOnly(HttpServletRequest req, HttpServletResponse resp, boolean head, Graph g) throws IOException {
        Negotiation.Choice choice = Negotiation.choose(req, Representation.RDF);
        if (!choice.acceptable()) {
            notAcceptable(resp, head, choice, Representation.RDF);
            return;
        }
        send(resp, head, 200, choice.representation().contentType, serialize(g, choice.representation()));
    }

    private byte[] serialize(Graph g, Representation rep) {
        return RdfBytes.write(g, rep);
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, boolean head, String message)
            throws IOException {
        Representation pref = Negotiation.choose(req.getHeader("Accept"), Representation.ALL, false);
        if (pref == Representation.HTML && req.getParameter("format") == null) {
            Html h = new Html("404", List.of());
            h.raw("<main>\n<h1>غير موجود · <span lang=\"en\" dir=\"ltr\">Not found</span></h1>\n")
                    .raw("<p dir=\"ltr\"><code>").esc(message).raw("</code></p>\n</main>\n");
            send(resp, head, 404, Representation.HTML.contentType, h.finish(sparqlPath));
        } else {
            send(resp, head, 404, "text/plain; charset=utf-8", "404 " + message + "\n");
        }
    }

    private static void notAcceptable(HttpServletResponse resp, boolean head, Negotiation.Choice choice,
            List<Representation> offers) throws IOException {
        String types = offers.stream().map(r -> r.mediaType).collect(Collectors.joining(", "));
        if (choice.badFormat() != null) {
            String names = offers.stream().map(r -> r.formatNames.get(0)).collect(Collectors.joining(", "));
            send(resp, head, 400, "text/plain; charset=utf-8", "400 Unknown format '" + choice.badFormat()
                    + "'; use one of: " + names + "\n");
        } else {
            send(resp, head, 406, "text/plain; charset=utf-8", "406 Not Acceptable: available as " + types + "\n");
        }
    }

    /** The HTML pages have no script: none may run; their style is inline; links and forms only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static void send(HttpServletResponse resp, boolean head, int status, String contentType, String body)
            throws IOException {
        send(resp, head, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse resp, boolean head, int status, String contentType, byte[] body)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (contentType.startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        resp.setContentLength(body.length);
        if (!head) {
            resp.getOutputStream().write(body);
        }
    }

    /**
     * The path with percent-encoding in the form {@link org.iraqkg.rdf.Iris} mints: unreserved characters
     * decoded, other escapes with upper-case hex digits.
     */
    static String normalize(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) && hex(path.charAt(i + 2))) {
                int v = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || v == '-' || v == '.'
                        || v == '_' || v == '~') {
                    sb.append((char) v);
                } else {
                    sb.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean validIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
