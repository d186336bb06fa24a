package org.iraqkg.statement;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.text.Token;

/**
 * The quotations of one sentence: spans between matching marks ("…", «…», “…”; a straight mark may be closed
 * by a guillemet, as real text does: إن "المتهمين سيتم التحقيق معهم»). Rules ask whether a token is quoted
 * and where the quotation opened at a token ends.
 */
final class Quotations {
    /** A quotation between matching marks: tokens (open, close). */
    record Quote(int open, int close) {
        boolean contains(int i) {
            return open < i && i < close;
        }

        /** The number of tokens between the marks. */
        int length() {
            return close - open - 1;
        }
    }

    private final List<Quote> quotes;

    private Quotations(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    /** The quotations of tokens [a, b). An unclosed mark opens no quotation. */
    static Quotations of(List<Token> tokens, int a, int b) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char want = 0;
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!t.isPunct()) {
                continue;
            }
            char c = t.text().charAt(0);
            if (open < 0) {
                if (c == '"' || c == '«' || c == '“') {
                    open = k;
                    want = c == '«' ? '»' : c == '“' ? '”' : '"';
                }
            } else if (c == want || want == '"' && (c == '»' || c == '”')) {
                out.add(new Quote(open, k));
                open = -1;
            }
        }
        return new Quotations(out);
    }

    List<Quote> all() {
        return quotes;
    }

    /** The quotation whose opening mark is token {@code open}, or null. */
    Quote at(int open) {
        for (Quote q : quotes) {
            if (q.open() == open) {
                return q;
            }
        }
        return null;
    }

    /** Whether token {@code k} lies inside a quotation. */
    boolean inQuote(int k) {
        for (Quote q : quotes) {
            if (q.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Inside a quotation of more than four words (a quoted name is not a quotation). */
    boolean inLongQuote(int k) {
        for (Quote q : quotes) {
            if (q.contains(k) && q.close() - q.open() > 5) {
                return true;
            }
        }
        return false;
    }
}
