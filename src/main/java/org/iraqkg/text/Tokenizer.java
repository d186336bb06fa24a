package org.iraqkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and single punctuation marks. Diacritics, tatweel and zero-width joiners
 * stay inside the word they belong to; a decimal point or thousands separator between digits stays inside
 * the number. Each token carries its folded form (see {@link ArabicFolding}).
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(FoldedText ft) {
        String s = ft.original();
        int n = s.length();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp)) {
                i += len;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isWordChar(cp)) {
                boolean digitsOnly = Character.isDigit(cp);
                i += len;
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (isWordChar(c) || isInvisible(c) && i + 1 < n && isWordChar(s.codePointAt(i + 1))) {
                        digitsOnly &= Character.isDigit(c) || isInvisible(c) || isMark(c);
                        i += Character.charCount(c);
                    } else if ((c == '.' || c == ',' || c == '\u066B' || c == '\u066C') && i > start
                            && Character.isDigit(s.codePointBefore(i)) && i + 1 < n
                            && Character.isDigit(s.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD;
            } else {
                i += len;
                kind = Token.Kind.PUNCT;
            }
            int fb = ft.foldedIndex(start);
            int fe = ft.foldedIndex(i);
            tokens.add(new Token(tokens.size(), start, i, fb, s.substring(start, i), ft.folded().substring(fb, fe),
                    kind));
        }
        return tokens;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp) || cp == 0x0640;
    }

    static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static boolean isInvisible(int cp) {
        return cp == 0x200C || cp == 0x200D || cp == 0x200B || cp == 0xFEFF || (cp >= 0x200E && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C
                || cp == 0x00AD;
    }
}
