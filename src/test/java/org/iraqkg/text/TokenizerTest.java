package org.iraqkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Words, numbers and punctuation marks, with original offsets and folded forms. */
class TokenizerTest {

    private static List<Token> tokens(String s) {
        return Tokenizer.tokenize(ArabicFolding.fold(s));
    }

    private static List<String> texts(String s) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(s)) {
            out.add(t.text());
        }
        return out;
    }

    private static List<String> folded(String s) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(s)) {
            out.add(t.folded());
        }
        return out;
    }

    private static List<Token.Kind> kinds(String s) {
        List<Token.Kind> out = new ArrayList<>();
        for (Token t : tokens(s)) {
            out.add(t.kind());
        }
        return out;
    }

    @Test
    void wordsWithDiacriticsStayOneToken() {
        String s = "أكّدَ المتحدثُ مُشِيرًا إلى الهجومِ";
        assertEquals(List.of("أكّدَ", "المتحدثُ", "مُشِيرًا", "إلى", "الهجومِ"), texts(s));
        assertEquals(List.of("اكد", "المتحدث", "مشيرا", "الي", "الهجوم"), folded(s));
    }

    @Test
    void tatweelAndZeroWidthJoinersStayInsideTheWord() {
        assertEquals(List.of("العـــراق", "ب\u200Cغداد"), texts("العـــراق ب\u200Cغداد"));
        assertEquals(List.of("العراق", "بغداد"), folded("العـــراق ب\u200Cغداد"));
    }

    @Test
    void offsetsAndFoldedBeginsArePrecise() {
        String s = "قصفٌ على «عين الأسد»";
        List<Token> ts = tokens(s);
        assertEquals(6, ts.size());
        int[][] expected = {{0, 4, 0}, {5, 8, 4}, {9, 10, 8}, {10, 13, 9}, {14, 19, 13}, {19, 20, 18}};
        for (int k = 0; k < expected.length; k++) {
            Token t = ts.get(k);
            assertEquals(k, t.index());
            assertEquals(expected[k][0], t.begin(), "begin of " + k);
            assertEquals(expected[k][1], t.end(), "end of " + k);
            assertEquals(expected[k][2], t.foldedBegin(), "folded begin of " + k);
            assertEquals(t.text(), s.substring(t.begin(), t.end()));
            assertEquals(new Span(t.begin(), t.end()), t.span());
        }
    }

    @Test
    void decimalNumberIsOneToken() {
        assertEquals(List.of("ارتفع", "بنسبة", "1.2", "بالمئة"), texts("ارتفع بنسبة 1.2 بالمئة"));
        assertEquals(List.of(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD),
                kinds("ارتفع بنسبة 1.2 بالمئة"));
    }

    @Test
    void thousandsSeparatorStaysInsideTheNumber() {
        assertEquals(List.of("نحو", "37,000", "جندي"), texts("نحو 37,000 جندي"));
        Token n = tokens("نحو 37,000 جندي").get(1);
        assertTrue(n.isNumber());
        assertEquals("37,000", n.folded());
    }

    @Test
    void arabicIndicDigitsFoldToAsciiNumbers() {
        List<Token> ts = tokens("سقط ٣ صواريخ عام ٢٠٢٣");
        assertEquals(Token.Kind.NUMBER, ts.get(1).kind());
        assertEquals("3", ts.get(1).folded());
        assertEquals("٢٠٢٣", ts.get(4).text());
        assertEquals("2023", ts.get(4).folded());
    }

    @Test
    void numberFollowedByPeriodAtTheEnd() {
        assertEquals(List.of("عام", "2024", "."), texts("عام 2024."));
        assertEquals(List.of(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.PUNCT), kinds("عام 2024."));
    }

    @Test
    void arabicAndLatinPunctuationAreSingleTokens() {
        String s = "قال: «لا»، ثم سأل؛ \"متى؟\"";
        assertEquals(List.of("قال", ":", "«", "لا", "»", "،", "ثم", "سأل", "؛", "\"", "متى", "؟", "\""),
                texts(s));
        List<Token> ts = tokens(s);
        for (int k : new int[] {1, 2, 4, 5, 8, 9, 11, 12}) {
            assertTrue(ts.get(k).isPunct(), ts.get(k).text());
        }
        assertTrue(ts.get(5).isPunct("،؛"));
        assertTrue(ts.get(8).isPunct("،؛"));
        assertTrue(ts.get(11).isPunct("?؟"));
        assertTrue(ts.get(0).isWord());
        assertFalse(ts.get(0).isPunct(":"));
    }

    @Test
    void dottedAbbreviationIsLettersAndPeriods() {
        assertEquals(List.of("بي", ".", "بي", ".", "سي"), texts("بي.بي.سي"));
    }

    @Test
    void bidiMarksBetweenWordsAreNotTokens() {
        assertEquals(List.of("قال", "الوزير"), texts("\u200Fقال \u202Bالوزير\u202C"));
        assertEquals(List.of("الوزير"), folded("\u202Bالوزير\u202C"));
    }

    @Test
    void whitespaceOnlyAndEmptyTextHaveNoTokens() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\t\u00A0\u2003"));
    }

    @Test
    void conjunctionBeforeNumberKeepsTheNumberWholeBug() {
        assertEquals(List.of("و37,000", "جندي"), texts("و37,000 جندي"));
        assertEquals(List.of("و1.2", "مليون"), texts("و1.2 مليون"));
    }
}
