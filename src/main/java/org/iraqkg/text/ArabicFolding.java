package org.iraqkg.text;

import java.util.Arrays;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

import com.ibm.icu.text.Normalizer2;

/**
 * Folding of Arabic text for matching, never for display: Unicode compatibility normalization (NFKC, which
 * also turns presentation forms into letters), then removal of diacritics, tatweel and invisible format
 * marks, unification of alef/hamza forms, alef maqsura, taa marbuta, Persian/Urdu letter forms, and
 * Arabic-Indic and Persian digits; Latin letters are lower-cased. Every folded character keeps the span of
 * original characters it came from, so matches on the folded text map back to exact original offsets.
 */
public final class ArabicFolding {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    private ArabicFolding() {}

    /** Folds {@code text}, keeping the offset map. */
    public static FoldedText fold(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] start = new int[n + 1];
        int[] end = new int[n + 1];
        int i = 0;
        char[] one = new char[1];
        while (i < n) {
            int j = i + Character.charCount(text.codePointAt(i));
            while (j < n && !NFKC.hasBoundaryBefore(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            String seg = text.substring(i, j);
            String norm = NFKC.isNormalized(seg) ? seg : NFKC.normalize(seg);
            for (int k = 0; k < norm.length(); k++) {
                char c = foldChar(norm.charAt(k), one);
                if (c == 0) {
                    continue;
                }
                int pos = out.length();
                if (pos + 1 >= start.length) {
                    start = Arrays.copyOf(start, start.length * 2 + 4);
                    end = Arrays.copyOf(end, end.length * 2 + 4);
                }
                out.append(c);
                start[pos] = i;
                end[pos] = j;
            }
            i = j;
        }
        return new FoldedText(text, out.toString(), start, end);
    }

    /** Folds a short string (a lexicon entry, a pattern) without keeping offsets. */
    public static String foldString(String s) {
        return fold(s).folded();
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The folded form of a constant word of the rules ("منذ", "حتى"), computed once: rules compare tokens with
     * such words in inner loops. Not for text from documents (the cache would grow with it).
     */
    public static String foldWord(String word) {
        String f = WORDS.get(word);
        if (f == null) {
            f = foldString(word);
            if (WORDS.size() < 100_000) {
                WORDS.put(word, f);
            }
        }
        return f;
    }

    /** The folded form of one (already NFKC) character, or 0 when it is dropped. */
    static char foldChar(char c, char[] buf) {
        if (isDropped(c)) {
            return 0;
        }
        switch (c) {
            case '\u0671', '\u0672', '\u0673', '\u0622', '\u0623', '\u0625' -> {
                return '\u0627'; // alef forms
            }
            case '\u0624' -> {
                return '\u0648'; // waw with hamza
            }
            case '\u0626', '\u06CC', '\u06D0', '\u0649' -> {
                return '\u064A'; // yeh with hamza, Farsi yeh, alef maqsura
            }
            case '\u06A9', '\u06AA' -> {
                return '\u0643'; // keheh
            }
            case '\u06C1', '\u06BE', '\u06D5', '\u0629' -> {
                return '\u0647'; // heh forms, taa marbuta
            }
            default -> {
                // fall through
            }
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            buf[0] = c;
            return LUCENE.normalize(buf, 1) == 0 ? 0 : buf[0];
        }
        if (c < 0x80 || Character.isLetter(c)) {
            return Character.toLowerCase(c);
        }
        return c;
    }

    /** Diacritics, tatweel, Quranic marks and invisible format characters. */
    public static boolean isDropped(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06D5') || c == '\u0640' || c == '\u061C'
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }
}
