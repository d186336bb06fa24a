package org.iraqkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.iraqkg.lexicon.Lexicon;

/**
 * Identifies an extraction: a digest of the extraction code (the compiled classes of the packages that decide
 * a document's graph: {@link #EXTRACTION_PACKAGES}; not the store, server or command line, and not a jar that
 * bundles the project with more, such as the Beam pipeline's), of the lexicon's content and of the ontology's
 * class hierarchy. Two loads with the same code and lexicon produce the same graphs for the same text,
 * so a document stored with the same text and fingerprint need not be extracted again.
 */
public final class ExtractionFingerprint {
    private static String codeDigest;

    /** The packages whose classes decide what a document's graph holds, as class-file path prefixes. */
    static final List<String> EXTRACTION_PACKAGES = Stream.of("document", "text", "time", "mention", "entity",
            "statement", "event", "lexicon", "pipeline", "rdf").map(p -> "org/iraqkg/" + p + "/").toList();

    /** Whether a class file (path relative to the class-path root, with '/') is extraction code. */
    static boolean isExtractionClass(String path) {
        return path.endsWith(".class") && EXTRACTION_PACKAGES.stream().anyMatch(path::startsWith);
    }

    private ExtractionFingerprint() {}

    /** A short hex fingerprint of the code and the lexicon. */
    public static String of(Lexicon lexicon) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(code().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(lexicon.digest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // the class hierarchy of ontology/*.ttl decides the types written
            md.update(org.iraqkg.rdf.Superclasses.ontology().digest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized String code() {
        if (codeDigest == null) {
            codeDigest = computeCode();
        }
        return codeDigest;
    }

    private static String computeCode() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(ExtractionFingerprint.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            if (Files.isDirectory(where)) {
                List<Path> classes;
                try (Stream<Path> s = Files.walk(where.resolve("org/iraqkg"))) {
                    classes = s.filter(p -> isExtractionClass(where.relativize(p).toString()
                            .replace(java.io.File.separatorChar, '/'))).sorted().toList();
                }
                for (Path p : classes) {
                    md.update(Files.readAllBytes(p));
                }
            } else {
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream()
                            .filter(e -> isExtractionClass(e.getName()))
                            .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
                    for (ZipEntry e : entries) {
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // unknown code: never equal to a stored fingerprint, so nothing is skipped wrongly
            return "unknown-" + System.nanoTime();
        }
    }
}
