package org.iraqkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences on line breaks and on terminal punctuation (. ! ? ؟ …) followed by a space or
 * the end, but not inside a quotation («…», “…”, "…"), so a quoted statement stays in its sentence. An
 * unclosed quotation stops protecting after {@value #MAX_QUOTE} characters.
 */
public final class SentenceSplitter {
    static final int MAX_QUOTE = 1500;

    private SentenceSplitter() {}

    /** Sentence spans, trimmed of surrounding whitespace, never empty. */
    public static List<Span> split(String text) {
        return split(text, true);
    }

    /** Finer pieces that also break inside quotations: used for the evidence of an event. */
    public static List<Span> clauses(String text) {
        return split(text, false);
    }

    private static List<Span> split(String text, boolean protectQuotes) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int quoteDepth = 0;
        boolean straightOpen = false;
        int quoteStart = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                add(text, start, i, out);
                start = i + 1;
                quoteDepth = 0;
                straightOpen = false;
                continue;
            }
            if (protectQuotes) {
                if (c == '«' || c == '“') {
                    quoteDepth++;
                    quoteStart = quoteStart < 0 ? i : quoteStart;
                } else if ((c == '»' || c == '”') && quoteDepth > 0) {
                    quoteDepth--;
                } else if ((c == '»' || c == '”') && straightOpen) {
                    straightOpen = false; // إن "المتهمين سيتم التحقيق معهم»: opened straight, closed by a guillemet
                } else if (c == '"') {
                    straightOpen = !straightOpen;
                    quoteStart = straightOpen ? i : quoteStart;
                }
                boolean inQuote = quoteDepth > 0 || straightOpen;
                if (!inQuote) {
                    quoteStart = -1;
                } else if (i - quoteStart > MAX_QUOTE) {
                    quoteDepth = 0;
                    straightOpen = false;
                    quoteStart = -1;
                }
                if (quoteDepth > 0 || straightOpen) {
                    // «… نهاية العام.» وصلت: a terminal mark right before the closing quote ends the sentence
                    if (isTerminal(c) && i + 2 < n && closes(text.charAt(i + 1), quoteDepth > 0)
                            && Character.isWhitespace(text.charAt(i + 2))) {
                        if (text.charAt(i + 1) == '"') {
                            straightOpen = false;
                        } else {
                            quoteDepth--;
                        }
                        add(text, start, i + 2, out);
                        start = i + 2;
                        i = i + 1;
                    }
                    continue;
                }
            }
            if (isTerminal(c)) {
                int j = i + 1;
                while (j < n && (isTerminal(text.charAt(j)) || isClosingQuote(text.charAt(j)))) {
                    j++;
                }
                if (j >= n || Character.isWhitespace(text.charAt(j))) {
                    add(text, start, j, out);
                    start = j;
                    i = j - 1;
                }
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean closes(char c, boolean guillemetOrCurly) {
        return guillemetOrCurly ? c == '»' || c == '”' : c == '"';
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    static boolean isClosingQuote(char c) {
        return c == '"' || c == '»' || c == '”' || c == '\'' || c == ')';
    }

    private static void add(String text, int b, int e, List<Span> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b) {
            out.add(new Span(b, e));
        }
    }
}
