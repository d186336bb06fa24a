package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.TextAnalysis;
import org.junit.jupiter.api.Test;

/** The words the event rules share: numbers, places, lemmas, future verbs. */
class EventLexiconTest {
    private final EventLexicon words = EventFixture.WORDS;

    @Test
    void numbersInDigitsAndWords() {
        TextAnalysis t = TextAnalysis.of("مقتل 12 وخمسة الثلاثة جنود");
        assertEquals(12, words.number(t.tokens().get(1)));
        assertEquals(3, words.number(t.tokens().get(3)));
        assertNull(words.number(t.tokens().get(4)));
        assertEquals(3, words.ordinals.get(ArabicFolding.foldString("الثالثة")));
    }

    @Test
    void placesKnowTheirParent() {
        assertEquals("anbar", words.placeParent.get("fallujah"));
        assertEquals("iraq", words.placeParent.get("anbar"));
        assertFalse(words.placeParent.containsKey("iraq"));
    }

    @Test
    void lemmasDropCliticsArticleAndPronoun() {
        assertEquals(EventLexicon.lemma(ArabicFolding.foldString("ضربات")),
                EventLexicon.lemma(ArabicFolding.foldString("الضربات")));
        assertEquals(EventLexicon.lemma(ArabicFolding.foldString("ضربات")),
                EventLexicon.lemma(ArabicFolding.foldString("ضرباتها")));
        assertEquals(EventLexicon.lemma(ArabicFolding.foldString("الزيارة")),
                EventLexicon.lemma(ArabicFolding.foldString("زيارته")));
    }

    @Test
    void futureVerbsAndWordTests() {
        assertTrue(EventLexicon.FUTURE_VERB.matcher(ArabicFolding.foldString("وسيعقد")).matches());
        assertFalse(EventLexicon.FUTURE_VERB.matcher(ArabicFolding.foldString("عقد")).matches());
        TextAnalysis t = TextAnalysis.of("أو");
        assertTrue(EventLexicon.isAny(t.tokens().get(0), "او", "أو"));
        assertFalse(EventLexicon.isAny(null, "أو"));
    }
}
