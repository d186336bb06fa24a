package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.isAny;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.text.Clitics;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Negotiation rounds (rule {@code event.NegotiationRound}): "الجولة الثالثة من المفاوضات", "جولة الحوار الثاني",
 * "الجولة المقبلة من المحادثات" (planned), "جولتين من المفاوضات" (no ordinal); a round needs an ordinal or a
 * word for talks.
 */
final class NegotiationRounds {
    static final String RULE = "event.NegotiationRound";

    private final EventLexicon words;
    private final Triggers triggers;
    private final Modality modality;

    NegotiationRounds(EventLexicon words, Triggers triggers, Modality modality) {
        this.words = words;
        this.triggers = triggers;
        this.modality = modality;
    }

    /** The rounds of sentence {@code s}. */
    List<Candidate> find(TextAnalysis text, Sentence s, int[] clauses, List<Span> pieces) {
        List<Token> tokens = text.tokens();
        List<Candidate> out = new ArrayList<>();
        int a = s.firstToken();
        int b = s.endToken();
        for (Match<String> m : words.cues.find("round", tokens, a, b)) {
            int k = m.end();
            Integer ordinal = null;
            boolean talks = false;
            boolean next = false;
            if (k < b && words.ordinals.containsKey(tokens.get(k).folded())) {
                ordinal = words.ordinals.get(tokens.get(k).folded());
                k++;
            } else if (k < b && isAny(tokens.get(k), "المقبلة", "القادمة", "التالية", "الجديدة")) {
                next = true;
                k++;
            }
            // "من المفاوضات", "من عمل اللجنة", "الحوار الثاني"
            int j = k;
            if (j < b && isAny(tokens.get(j), "من")) {
                j++;
            }
            Match<String> noun = words.cues.at("negotiation", tokens, j, b);
            if (noun == null && j < b) {
                // "مفاوضاته": a pronoun suffix on the noun
                for (String base : Clitics.withoutSuffix(tokens.get(j).folded())) {
                    if (words.cues.is("negotiation", List.of(new Token(0, 0, 0, 0, base, base, Token.Kind.WORD)), 0, 1)) {
                        noun = new Match<>(j, j + 1, 0, "", "negotiation", base);
                    }
                }
            }
            if (noun != null) {
                talks = true;
                int after = noun.end();
                if (ordinal == null && after < b && words.ordinals.containsKey(tokens.get(after).folded())) {
                    ordinal = words.ordinals.get(tokens.get(after).folded()); // "جولة الحوار الثاني"
                    after++;
                }
                k = after;
            }
            boolean dual = tokens.get(m.first()).folded().endsWith("تين") || tokens.get(m.first()).folded()
                    .endsWith("تان");
            if (ordinal == null && !talks) {
                continue;
            }
            if (next && !talks) {
                continue;
            }
            int end = Math.max(k, m.end());
            Candidate c = triggers.candidate(text, m.first(), end, "NegotiationRound", "046", m.prefix(), s,
                    clauses, pieces);
            c.round = dual ? null : ordinal;
            c.headline = false;
            c.extractor = RULE;
            c.confidence = ordinal != null ? 0.85 : 0.75;
            // a future round: "ستكون", "من المتوقع بدء"
            modality.round(tokens, c, m.first(), end, s);
            if (next) {
                c.status = Event.Status.PLANNED;
            }
            out.add(c);
        }
        return out;
    }
}
