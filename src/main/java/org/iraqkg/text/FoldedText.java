package org.iraqkg.text;

import java.util.Arrays;

/**
 * A text and its folded form for matching, with a map from every folded character back to the span of
 * original characters it came from. Indices are UTF-16 indices of Java strings; the RDF layer converts
 * them to Unicode code points.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] start;
    private final int[] end;

    FoldedText(String original, String folded, int[] start, int[] end) {
        this.original = original;
        this.folded = folded;
        this.start = start;
        this.end = end;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Original index where folded character {@code i} begins ({@code original().length()} at the end). */
    public int originalStart(int i) {
        return i >= folded.length() ? original.length() : start[i];
    }

    /** Original index just after folded character {@code i}. */
    public int originalEnd(int i) {
        return end[i];
    }

    /** The original span [begin, end) behind folded characters [fb, fe). */
    public Span originalSpan(int fb, int fe) {
        if (fe <= fb) {
            int p = originalStart(fb);
            return new Span(p, p);
        }
        return new Span(start[fb], end[fe - 1]);
    }

    /** The first folded index whose original position is at or after {@code originalIndex}. */
    public int foldedIndex(int originalIndex) {
        int k = Arrays.binarySearch(start, 0, folded.length(), originalIndex);
        if (k >= 0) {
            while (k > 0 && start[k - 1] == originalIndex) {
                k--;
            }
            return k;
        }
        return -k - 1;
    }

    /** The folded form of the original span [begin, end). */
    public String foldedOf(int begin, int end) {
        return folded.substring(foldedIndex(begin), foldedIndex(end));
    }
}
