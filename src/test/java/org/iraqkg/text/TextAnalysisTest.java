package org.iraqkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The text stage's result: folded text, tokens and sentences that agree with each other. */
class TextAnalysisTest {
    private static final String TEXT = "انسحاب القوات الأجنبية\nقال المتحدثُ «لن ننسحب. أبدا» أمس. وردت الفصائل.";

    @Test
    void sentencesHoldTheirTokens() {
        TextAnalysis a = TextAnalysis.of(TEXT);
        assertEquals(TEXT, a.text());
        assertEquals(16, a.tokens().size());
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size());
        assertEquals("انسحاب القوات الأجنبية", a.text(s.get(0).span()));
        assertEquals("قال المتحدثُ «لن ننسحب. أبدا» أمس.", a.text(s.get(1).span()));
        assertEquals("وردت الفصائل.", a.text(s.get(2).span()));
        assertEquals(List.of(0, 3, 13, 16), List.of(s.get(0).firstToken(), s.get(1).firstToken(),
                s.get(2).firstToken(), s.get(2).endToken()));
        assertEquals(10, s.get(1).tokenCount());
        assertEquals(List.of("وردت", "الفصائل", "."), a.tokens(s.get(2)).stream().map(Token::text).toList());
        assertTrue(s.get(1).containsToken(12));
        assertFalse(s.get(1).containsToken(13));
        assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::index).toList());
    }

    @Test
    void sentenceLookups() {
        TextAnalysis a = TextAnalysis.of(TEXT);
        assertEquals(1, a.sentenceAt(TEXT.indexOf("أمس")).index());
        assertEquals(0, a.sentenceAt(0).index());
        assertNull(a.sentenceAt(TEXT.indexOf('\n')));
        assertNull(a.sentenceAt(TEXT.length()));
        assertEquals(2, a.sentenceOfToken(14).index());
        assertEquals("المتحدث", a.token(4).folded());
        assertEquals("المتحدثُ", a.token(4).text());
    }

    @Test
    void foldedTextAgreesWithTokens() {
        TextAnalysis a = TextAnalysis.of(TEXT);
        for (Token t : a.tokens()) {
            assertEquals(t.text(), TEXT.substring(t.begin(), t.end()));
            assertEquals(t.folded(), a.folded().folded().substring(t.foldedBegin(),
                    t.foldedBegin() + t.folded().length()));
            assertEquals(t.folded(), a.folded().foldedOf(t.begin(), t.end()));
        }
    }

    @Test
    void emptyText() {
        TextAnalysis a = TextAnalysis.of("  \n ");
        assertEquals(List.of(), a.tokens());
        assertEquals(List.of(), a.sentences());
        assertNull(a.sentenceAt(0));
    }
}
