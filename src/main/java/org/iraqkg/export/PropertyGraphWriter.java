package org.iraqkg.export;

import java.io.OutputStream;

/** Writes a {@link PropertyGraph} in one file format. */
public interface PropertyGraphWriter {

    /**
     * Writes {@code graph} to {@code out} in UTF-8; the stream is flushed but not closed.
     *
     * @throws ExportException when writing fails
     */
    void write(PropertyGraph graph, OutputStream out);
}
