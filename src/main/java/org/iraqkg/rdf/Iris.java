package org.iraqkg.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mints the IRIs of the knowledge graph under a configurable base (default {@value #DEFAULT_BASE}). IRIs are
 * deterministic: a document's from its identity, an entity's from its lexicon key or normalized name, a
 * statement's or event's from its document and span; so a reload replaces, never duplicates. Every piece
 * taken from input is percent-encoded, so no input can inject syntax into an IRI.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    /** The named graph that holds the ontology and the CAMEO scheme. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/iraqkg/ontology";
    public static final String CAMEO_NS = "https://w3id.org/iraqkg/cameo/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() {
        String b = System.getProperty("kg.base", System.getenv().getOrDefault("KG_BASE", DEFAULT_BASE));
        return new Iris(b);
    }

    public String base() {
        return base;
    }

    public String document(String docId) {
        return base + "document/" + encode(docId);
    }

    public String documentGraph(String docId) {
        return base + "graph/" + encode(docId);
    }

    public String lexiconGraph() {
        return base + "graph/lexicon";
    }

    public String entity(String entityId) {
        return base + "id/" + encode(entityId);
    }

    /** The span [begin, end) of a document, in Unicode code points (NIF/RFC 5147 style). */
    public String span(String docId, int cpBegin, int cpEnd) {
        return document(docId) + "#char=" + cpBegin + "," + cpEnd;
    }

    public String statement(String docId, int cpBegin, int cpEnd) {
        return base + "statement/" + encode(docId) + "/" + cpBegin + "-" + cpEnd;
    }

    public String event(String docId, int cpBegin, int cpEnd) {
        return base + "event/" + encode(docId) + "/" + cpBegin + "-" + cpEnd;
    }

    public String role(String holderId, String position, String roleIn) {
        return base + "role/" + encode(holderId) + "/" + encode(position)
                + (roleIn == null || roleIn.isEmpty() ? "" : "/" + encode(roleIn));
    }

    public String position(String key) {
        return base + "position/" + encode(key);
    }

    public String track(String key) {
        return base + "track/" + encode(key);
    }

    public static String cameo(String code) {
        return CAMEO_NS + code;
    }

    /** Percent-encodes everything but unreserved ASCII characters (RFC 3986). */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
