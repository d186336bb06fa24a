package org.iraqkg.pipeline;

import java.util.List;

import org.iraqkg.document.InputProblem;

/**
 * What a load did: documents stored, problems met (file, line, reason), triples written for the documents,
 * quads in the store afterwards (-1 when the target cannot tell), the time taken, and documents skipped
 * because they were already stored unchanged.
 */
public record LoadSummary(long documents, List<InputProblem> problems, long triples, long storeQuads,
                          long statements, long events, double seconds, long unchanged) {

    public LoadSummary {
        problems = List.copyOf(problems);
    }

    /** One line for the end of a load. */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format("loaded %d document%s (%d triples, %d statements, "
                + "%d events) in %.1f s", documents, documents == 1 ? "" : "s", triples, statements, events,
                seconds));
        if (seconds > 0 && documents > 0) {
            sb.append(String.format(" (%.1f documents/s)", documents / seconds));
        }
        if (unchanged > 0) {
            sb.append("; ").append(unchanged).append(" already stored unchanged");
        }
        if (storeQuads >= 0) {
            sb.append("; store holds ").append(storeQuads).append(" quads");
        }
        long skipped = skipped().size();
        long notes = problems.size() - skipped;
        if (skipped > 0) {
            sb.append("; skipped ").append(skipped).append(" input").append(skipped == 1 ? "" : "s");
        }
        if (notes > 0) {
            sb.append("; ").append(notes).append(" note").append(notes == 1 ? "" : "s")
                    .append(" (inputs loaded with a change: duplicate ids, replaced characters)");
        }
        return sb.toString();
    }

    /** The problems that are skipped inputs (not {@link InputProblem#note() notes}). */
    public List<InputProblem> skipped() {
        return problems.stream().filter(p -> !p.note()).toList();
    }
}
