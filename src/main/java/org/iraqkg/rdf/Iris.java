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

    /** An unnamed source of a document, by its description's id ({@code EntityIds.forName} of the words). */
    public String source(String docId, String descriptionId) {
        return base + "source/" + encode(docId) + "/" + encode(descriptionId);
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
    /**
     * A document's url as a well-formed {@code xsd:anyURI}: characters an IRI may not hold (spaces, {@code <>"{}|\\^`},
     * controls, a {@code %} without two hex digits, a second {@code #}, brackets outside the host) are
     * percent-encoded, so nothing of the url is lost; {@code null} when even that gives no valid value.
     */
    public static String anyUri(String raw) {
        String t = raw.strip();
        if (org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI.isValid(t)
                && t.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || "<>\"{}|\\^`".indexOf(c) >= 0)) {
            return t;
        }
        StringBuilder b = new StringBuilder();
        boolean fragment = false;
        int hostEnd = hostEnd(t);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            boolean keep;
            if (cp == '%') {
                keep = i + 2 < t.length() && isHex(t.charAt(i + 1)) && isHex(t.charAt(i + 2));
            } else if (cp == '#') {
                keep = !fragment;
                fragment = true;
            } else if (cp == '[' || cp == ']') {
                keep = i < hostEnd;
            } else if (cp < 0x80) {
                keep = cp > 0x20 && cp < 0x7f && "<>\"{}|\\^`".indexOf(cp) < 0;
            } else {
                keep = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            }
            if (keep) {
                b.appendCodePoint(cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
                }
            }
            i += n;
        }
        String out = b.toString();
        return org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI.isValid(out) ? out : null;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Where the authority of an absolute url ends ("https://[::1]:8080" keeps its brackets), or 0. */
    private static int hostEnd(String t) {
        int s = t.indexOf("://");
        if (s < 0) {
            return 0;
        }
        int e = s + 3;
        while (e < t.length() && "/?#".indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

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
