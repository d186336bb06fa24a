package org.iraqkg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/**
 * Test helper: locates the files of the {@code ontology/} directory and loads them. The project root is
 * the system property {@code kg.project.dir} (set by surefire), or else the working directory.
 */
final class OntologyFiles {
    private OntologyFiles() {}

    static final String CAMEO_SCHEME = "https://w3id.org/iraqkg/cameo";
    static final String CAMEO_NS = CAMEO_SCHEME + "/";
    static final String SHAPES_NS = "https://w3id.org/iraqkg/shapes#";

    static Path projectDir() {
        String dir = System.getProperty("kg.project.dir");
        return (dir == null || dir.isBlank()) ? Path.of("").toAbsolutePath() : Path.of(dir);
    }

    static Path dir() {
        Path dir = projectDir().resolve("ontology");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no ontology directory at " + dir);
        }
        return dir;
    }

    static Path kgFile() {
        return dir().resolve("kg.ttl");
    }

    static Path cameoFile() {
        return dir().resolve("cameo.ttl");
    }

    static Path shapesFile() {
        return dir().resolve("shapes.ttl");
    }

    /** Parses a Turtle file with Jena RIOT, treating warnings as errors. */
    static Model load(Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(file)
                .lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                .parse(model);
        return model;
    }

    static Model kg() {
        return load(kgFile());
    }

    static Model cameo() {
        return load(cameoFile());
    }

    static Model shapes() {
        return load(shapesFile());
    }

    /** A fresh graph holding the ontology and the CAMEO scheme, as the store holds them. */
    static Graph ontologyAndCameo() {
        Model model = ModelFactory.createDefaultModel();
        model.add(kg());
        model.add(cameo());
        return model.getGraph();
    }
}
