package org.iraqkg.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.Token;

/** Phrase matchers over the cue lists of {@code cues.tsv}, one per kind. */
public final class Cues {
    private final Map<String, PhraseMatcher<String>> byKind = new HashMap<>();

    public Cues(Lexicon lexicon) {
        for (String kind : lexicon.cueKinds()) {
            PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Options.VERBS);
            for (String phrase : lexicon.cues(kind)) {
                m.add(phrase, kind);
            }
            byKind.put(kind, m);
        }
    }

    /** The longest cue of {@code kind} starting at token {@code i}, or {@code null}. */
    public PhraseMatcher.Match<String> at(String kind, List<Token> tokens, int i, int limit) {
        PhraseMatcher<String> m = byKind.get(kind);
        if (m == null || i >= limit) {
            return null;
        }
        List<PhraseMatcher.Match<String>> ms = m.matchesAt(tokens, i, limit);
        return ms.isEmpty() ? null : ms.get(0);
    }

    /** True when a cue of {@code kind} starts at token {@code i}. */
    public boolean is(String kind, List<Token> tokens, int i, int limit) {
        return at(kind, tokens, i, limit) != null;
    }

    /** All cues of {@code kind} in tokens [from, to). */
    public List<PhraseMatcher.Match<String>> find(String kind, List<Token> tokens, int from, int to) {
        PhraseMatcher<String> m = byKind.get(kind);
        return m == null ? List.of() : m.findAll(tokens, from, to);
    }
}
