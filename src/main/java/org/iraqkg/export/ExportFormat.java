package org.iraqkg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A format {@code kg export} writes: an RDF serialization ({@link RdfFormat}) or a property graph format for
 * visualization tools ({@link GraphFormat}).
 */
public sealed interface ExportFormat permits RdfFormat, GraphFormat {

    /** The name used on the command line, e.g. {@code "ttl"} or {@code "gexf"}. */
    String cliName();

    /** The usual file extension, without the dot. */
    String extension();

    /** The media type. */
    String mediaType();

    /** The command-line names of all formats: the RDF formats, then the graph formats, each in declaration order. */
    static List<String> names() {
        List<String> names = new ArrayList<>(RdfFormat.names());
        names.addAll(GraphFormat.names());
        return List.copyOf(names);
    }

    /**
     * The format with command-line name {@code name} (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException when no format has that name; the message lists the accepted names
     */
    static ExportFormat parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (RdfFormat f : RdfFormat.values()) {
            if (f.cliName().equals(key)) {
                return f;
            }
        }
        for (GraphFormat f : GraphFormat.values()) {
            if (f.cliName().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; accepted formats: "
                + String.join(", ", names()));
    }
}
