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
        requireExisting();
        return open();
    }

    /** Fails with a one-line message unless the store exists. */
    void requireExisting() {
        if (!KgStore.exists(db)) {
            throw new UserException("no store at " + db + " (load documents first: kg load --db " + db
                    + " PATH...)");
        }
    }

    /** Opens or creates the store. */
    KgStore openOrCreate() {
        if (Files.exists(db) && !Files.isDirectory(db)) {
            throw new UserException(db + " exists and is not a directory");
        }
        return open();
    }

    /**
     * The {@code kg serve} of another process that serves the store, or null: then query, export and load go
     * through it, since TDB2 lets only one process open a store.
     */
    ServedStore served() {
        return KgStore.exists(db) ? ServedStore.find(db) : null;
    }

    /** Opens the store; when another process holds it, says in one line which and what to do. */
    private KgStore open() {
        try {
            return KgStore.open(db);
        } catch (RuntimeException e) {
            String holder = lockHolder(e);
            if (holder == null) {
                throw e;
            }
            ServedStore s = ServedStore.find(db);
            throw new UserException("the store " + db + " is in use by " + (s != null ? s.describe()
                    + "; stop that server first (Ctrl+C in its terminal, or kill " + s.pid() + ")"
                    : holder + " (another kg command or kg serve); wait for it to finish or stop it"), 1);
        }
    }

    /** "process 1234" when {@code e} says another process holds the store's lock, else null. */
    static String lockHolder(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("tdb.lock") || m.contains("get a lock"))) {
                java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(m);
                return pid.find() ? "process " + pid.group(1) : "another process";
            }
        }
        return null;
    }

    /** The project directory: where the launcher runs from (kg.home), else the working directory. */
    static Path home() {
        String h = System.getProperty("kg.home");
        return Path.of(h == null ? "." : h);
    }
}
