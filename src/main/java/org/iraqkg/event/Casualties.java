package org.iraqkg.event;

import java.util.List;

import org.iraqkg.text.Sentence;
import org.iraqkg.text.Token;

/**
 * The killed and wounded an event's clause counts: "خلف أكثر من 130 قتيلا وعشرات الجرحى", "مقتل 5 أشخاص
 * وإصابة 10", "مقتل خمسة": a number next to a killed or wounded word, the first of each.
 */
final class Casualties {
    private final EventLexicon words;

    Casualties(EventLexicon words) {
        this.words = words;
    }

    /** Sets the killed and wounded of a candidate of sentence {@code s}, from the words after its trigger. */
    void count(List<Token> tokens, Candidate c, Sentence s) {
        int b = c.reachEnd(s);
        for (int k = c.firstToken; k < Math.min(b, c.endToken + 35); k++) {
            boolean killed = words.cues.is("killed", tokens, k, b);
            boolean wounded = words.cues.is("wounded", tokens, k, b);
            if (!killed && !wounded) {
                continue;
            }
            Integer n = null;
            if (k > 0) {
                n = words.number(tokens.get(k - 1));
            }
            if (n == null && k + 1 < b) {
                n = words.number(tokens.get(k + 1));
            }
            if (n == null && k + 2 < b && !tokens.get(k + 1).isPunct()) {
                n = words.number(tokens.get(k + 2));
            }
            if (n != null) {
                if (killed && c.killed == null) {
                    c.killed = n;
                } else if (wounded && c.wounded == null) {
                    c.wounded = n;
                }
            }
        }
    }
}
