package org.iraqkg.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * A {@code kg serve} of another process that holds a store: TDB2 lets one process open a store, so while a server
 * runs, {@code kg query}, {@code kg export} and {@code kg load} on the same store go through it. {@code kg serve}
 * writes {@value #FILE} into the store directory once it listens (its process id, the dataset URL, whether updates
 * are on) and removes it when it stops; the commands read it when they find the store held.
 *
 * @param pid        the server's process id
 * @param datasetUrl {@code http://HOST:PORT/kg}
 * @param updates    whether the server accepts writes (it was started with {@code --update-password-file})
 */
record ServedStore(long pid, String datasetUrl, boolean updates) {
    /** The file in the store directory. */
    static final String FILE = "kg-serve.properties";

    /** The SPARQL query endpoint. */
    String sparqlUrl() {
        return datasetUrl + "/sparql";
    }

    /** The Graph Store Protocol read endpoint (the whole dataset without {@code ?graph}). */
    String readUrl() {
        return datasetUrl + "/get";
    }

    /** The Graph Store Protocol read-write endpoint (HTTP Basic, only when {@link #updates}). */
    String dataUrl() {
        return datasetUrl + "/data";
    }

    /** "kg serve (process 1234) at http://127.0.0.1:3030/kg". */
    String describe() {
        return "kg serve (process " + pid + ") at " + datasetUrl;
    }

    /** Records that this process serves the store in {@code db} at {@code datasetUrl}. */
    static void write(Path db, String datasetUrl, boolean updates) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("url", datasetUrl);
        p.setProperty("updates", Boolean.toString(updates));
        Path tmp = db.resolve(FILE + ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Written by kg serve while it serves this store; removed when it stops.");
        }
        Files.move(tmp, db.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the record of this process, if it is there. */
    static void remove(Path db) {
        ServedStore s = read(db);
        if (s != null && s.pid == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(db.resolve(FILE));
            } catch (IOException e) {
                // the next reader finds the process gone and ignores the file
            }
        }
    }

    /**
     * The server of another, living process that serves the store in {@code db}, or null (no file, a file left by
     * a server that died, or this process's own server).
     */
    static ServedStore find(Path db) {
        ServedStore s = read(db);
        if (s == null || s.pid == ProcessHandle.current().pid()
                || !ProcessHandle.of(s.pid).map(ProcessHandle::isAlive).orElse(false)) {
            return null;
        }
        return s;
    }

    private static ServedStore read(Path db) {
        Path f = db.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            String url = p.getProperty("url", "");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                return null;
            }
            return new ServedStore(Long.parseLong(p.getProperty("pid", "").strip()), url,
                    Boolean.parseBoolean(p.getProperty("updates", "false").strip()));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
