package org.iraqkg.pipeline;

import java.util.List;

import org.iraqkg.document.InputProblem;

/**
 * What a load did: documents stored, problems met (file, line, reason), triples written for the documents,
 * quads in the store afterwards, and the time taken.
 */
public record LoadSummary(long documents, List<InputProblem> problems, long triples, long storeQuads,
                          long statements, long events, double seconds) {

    public LoadSummary {
        problems = List.copyOf(problems);
    }

    /** One line for the end of a load. */
    public String line() {
        return String.format("loaded %d document%s (%d triples, %d statements, %d events) in %.1f s; "
                + "store holds %d quads%s", documents, documents == 1 ? "" : "s", triples, statements, events,
                seconds, storeQuads, problems.isEmpty() ? "" : "; skipped " + problems.size() + " input"
                + (problems.size() == 1 ? "" : "s"));
    }
}
