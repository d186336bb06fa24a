package org.iraqkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.iraqkg.rdf.Iris;
import org.iraqkg.store.KgStore;

import picocli.CommandLine.Option;

/** Options every command shares: the store, the IRI base, verbosity. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "kg-data")
    Path db;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of entities, statements, events and documents (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:KG_BASE:-" + Iris.DEFAULT_BASE + "}")
    String base;

    @Option(names = {"-v", "--verbose"}, description = "Log more, and show stack traces on errors.")
    boolean verbose;

    /** Applies verbosity to the logging configuration. */
    void applyLogging() {
        if (verbose) {
            Configurator.setLevel("org.iraqkg", Level.DEBUG);
        }
    }

    Iris iris() {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** Opens the store, which must already exist. */
    KgStore openExisting() {
        if (!KgStore.exists(db)) {
            throw new UserException("no store at " + db + " (load documents first: kg load --db " + db
                    + " PATH...)");
        }
        return KgStore.open(db);
    }

    /** Opens or creates the store. */
    KgStore openOrCreate() {
        if (Files.exists(db) && !Files.isDirectory(db)) {
            throw new UserException(db + " exists and is not a directory");
        }
        return KgStore.open(db);
    }

    /** The project directory: where the launcher runs from (kg.home), else the working directory. */
    static Path home() {
        String h = System.getProperty("kg.home");
        return Path.of(h == null ? "." : h);
    }
}
