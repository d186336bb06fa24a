package org.iraqkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code ontology/kg.ttl}) and the CAMEO scheme ({@code ontology/cameo.ttl}), loaded into the
 * store's ontology graph so that queries can use class labels, subclasses and CAMEO notations. Read from
 * {@code ontology/} under {@code kg.home} or the working directory, else from the copy in the jar.
 */
public final class OntologyGraph {
    public static final String[] FILES = {"kg.ttl", "cameo.ttl"};

    private OntologyGraph() {}

    public static Graph build() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : FILES) {
            parse(f, g);
        }
        return g;
    }

    /** The SHACL shapes ({@code ontology/shapes.ttl}). */
    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        parse("shapes.ttl", g);
        return g;
    }

    private static void parse(String name, Graph into) {
        Path p = locate(name);
        try (InputStream in = p != null ? Files.newInputStream(p)
                : OntologyGraph.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) {
                throw new IllegalStateException("ontology file " + name + " not found in ontology/ or in the jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Iris.ONTOLOGY_GRAPH).parse(into);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ontology file " + name + ": " + e.getMessage(), e);
        }
    }

    private static Path locate(String name) {
        for (String base : new String[] {System.getProperty("kg.home"), System.getProperty("kg.project.dir"), "."}) {
            if (base != null) {
                Path p = Path.of(base, "ontology", name);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
