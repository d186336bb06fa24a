package org.iraqkg.document;

/** Receives what a {@link DocumentReader} reads: documents, problems, and progress in bytes. */
public interface DocumentSink {
    void document(NewsDocument document);

    void problem(InputProblem problem);

    /** Bytes of input consumed so far in the current file (compressed bytes for .gz); for progress bars. */
    default void progress(long bytesOfFile) {}
}
