package org.iraqkg.statement;

import static org.iraqkg.statement.StatementLexicon.isAny;
import static org.iraqkg.statement.StatementLexicon.words;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * One statement per claim: a long quotation is cut into the claims it holds, and a second quotation joined to
 * the first ("، وإن "…"") is a claim of its own.
 */
final class Claims {
    /** Words a long quotation holds before it may be cut into claims. */
    static final int LONG_QUOTE_WORDS = 30;
    /** Longer than this, a "quotation" is more likely a quotation mark left open: it is not cut. */
    static final int MAX_CUT_WORDS = 200;
    /** The fewest words of a claim cut from a long quotation. */
    static final int MIN_CLAIM_WORDS = 8;

    private Claims() {
    }

    /**
     * A quotation or reported clause of more than {@link #LONG_QUOTE_WORDS} words is cut at its own sentence ends
     * (". ", "؛") and, in pieces still that long, before a clause that "كما", "بل", "لكن" or "، و" opens, where
     * each side keeps at least {@link #MIN_CLAIM_WORDS} words. Each piece is a statement of the same speaker, verb
     * and circumstances, made by the same rule.
     */
    static List<Statement> of(TextAnalysis text, Sentence s, Statement st) {
        List<Token> tokens = text.tokens();
        int first = -1;
        int end = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (first < 0 && t.begin() >= st.span().begin()) {
                first = k;
            }
            if (t.end() <= st.span().end()) {
                end = k + 1;
            }
        }
        int n = first < 0 ? 0 : words(tokens, first, end);
        if (n <= LONG_QUOTE_WORDS || n > MAX_CUT_WORDS) {
            return List.of(st);
        }
        List<int[]> pieces = new ArrayList<>();
        int from = first;
        for (int k = first; k < end; k++) {
            if (tokens.get(k).isPunct(".؛;!؟?") && k + 1 < end && words(tokens, from, k) >= 3
                    && words(tokens, k + 1, end) >= 3) {
                pieces.add(new int[] {from, k});
                from = k + 1;
            }
        }
        pieces.add(new int[] {from, end});
        List<int[]> cut = new ArrayList<>();
        for (int[] p : pieces) {
            cutAtClauses(tokens, p[0], p[1], cut);
        }
        if (cut.size() == 1) {
            return List.of(st);
        }
        List<Statement> out = new ArrayList<>();
        for (int[] p : cut) {
            int a = p[0];
            int b = p[1];
            while (b > a && tokens.get(b - 1).isPunct(".،,؛;:")) {
                b--;
            }
            while (a < b && tokens.get(a).isPunct("،,؛;:.…")) {
                a++;
            }
            if (b <= a) {
                continue;
            }
            Span span = new Span(tokens.get(a).begin(), tokens.get(b - 1).end());
            out.add(st.withWords(span, text.text(span)));
        }
        return out;
    }

    private static void cutAtClauses(List<Token> tokens, int a, int b, List<int[]> out) {
        if (words(tokens, a, b) > LONG_QUOTE_WORDS) {
            int best = -1;
            int mid = (a + b) / 2;
            for (int k = a + 1; k < b; k++) {
                Token t = tokens.get(k);
                boolean opens = isAny(t, "كما", "بل", "لكن", "ولكن", "لكنه", "لكنها")
                        || tokens.get(k - 1).isPunct("،,") && t.isWord() && t.folded().startsWith("و")
                        && t.folded().length() > 3;
                if (opens && words(tokens, a, k) >= MIN_CLAIM_WORDS && words(tokens, k, b) >= MIN_CLAIM_WORDS
                        && (best < 0 || Math.abs(k - mid) < Math.abs(best - mid))) {
                    best = k;
                }
            }
            if (best > 0) {
                cutAtClauses(tokens, a, best, out);
                cutAtClauses(tokens, best, b, out);
                return;
            }
        }
        out.add(new int[] {a, b});
    }

    /**
     * After a direct quotation, "، وإن "…"" or "، وأن "…"" is a second claim of the same speaker in its own
     * quotation.
     */
    static Statement second(TextAnalysis text, Quotations quotes, Statement st, Sentence s) {
        if (!st.direct()) {
            return null;
        }
        List<Token> tokens = text.tokens();
        int k = s.firstToken();
        while (k < s.endToken() && tokens.get(k).begin() < st.span().end()) {
            k++;
        }
        if (k < s.endToken() && tokens.get(k).isPunct("\"»”")) {
            k++;
        }
        if (k + 2 < s.endToken() && tokens.get(k).isPunct("،,") && isAny(tokens.get(k + 1), "وإن", "وأن")) {
            Quotations.Quote q = quotes.at(k + 2);
            if (q != null && q.close() - q.open() > 2) {
                Span span = new Span(tokens.get(q.open() + 1).begin(), tokens.get(q.close() - 1).end());
                return st.withWords(span, text.text(span));
            }
        }
        return null;
    }
}
