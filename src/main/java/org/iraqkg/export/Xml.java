package org.iraqkg.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Indented StAX output for the GraphML and GEXF writers: each element on a line of its own, two spaces a level. */
final class Xml {
    private static final String[] INDENT = new String[8];

    static {
        for (int i = 0; i < INDENT.length; i++) {
            INDENT[i] = "\n" + "  ".repeat(i);
        }
    }

    private Xml() {}

    /** A start tag on a new line at {@code depth}. */
    static void start(XMLStreamWriter w, int depth, String name) throws XMLStreamException {
        w.writeCharacters(INDENT[depth]);
        w.writeStartElement(name);
    }

    /** An empty element on a new line at {@code depth}. */
    static void empty(XMLStreamWriter w, int depth, String name) throws XMLStreamException {
        w.writeCharacters(INDENT[depth]);
        w.writeEmptyElement(name);
    }

    /** The end tag of an element whose content took lines of its own, on a new line at {@code depth}. */
    static void end(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters(INDENT[depth]);
        w.writeEndElement();
    }
}
