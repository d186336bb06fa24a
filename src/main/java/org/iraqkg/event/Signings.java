package org.iraqkg.event;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Signings (rule {@code event.Signing}): "وقع الجانبان مذكرات تفاهم": a signing verb, its subject, then what was
 * signed, within four words; an agreement, unless a trigger already holds the verb.
 */
final class Signings {
    static final String RULE = "event.Signing";

    private final EventLexicon words;
    private final Triggers triggers;

    Signings(EventLexicon words, Triggers triggers) {
        this.words = words;
        this.triggers = triggers;
    }

    /** The signings of sentence {@code s}, outside the tokens {@code taken} by its other candidates. */
    List<Candidate> find(TextAnalysis text, Sentence s, int[] clauses, List<Span> pieces, boolean[] taken) {
        List<Token> tokens = text.tokens();
        List<Candidate> out = new ArrayList<>();
        for (Match<String> v : words.cues.find("sign-verb", tokens, s.firstToken(), s.endToken())) {
            if (v.first() < taken.length && taken[v.first()]) {
                continue;
            }
            for (int k = v.end(); k < Math.min(s.endToken(), v.end() + 4); k++) {
                if (k < taken.length && taken[k]) {
                    break;
                }
                Match<String> obj = words.cues.at("sign-object", tokens, k, s.endToken());
                if (obj != null) {
                    Candidate c = triggers.candidate(text, v.first(), v.end(), "Agreement", "057", v.prefix(), s,
                            clauses, pieces);
                    c.verb = true;
                    c.extractor = RULE;
                    out.add(c);
                    break;
                }
                if (tokens.get(k).isPunct()) {
                    break;
                }
            }
        }
        return out;
    }
}
