package org.iraqkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.text.Clitics.Reading;
import org.junit.jupiter.api.Test;

/** Readings of words with proclitics, and pronoun suffixes, on folded words. */
class CliticsTest {

    private static List<Reading> readings(String word) {
        return Clitics.readings(ArabicFolding.foldString(word));
    }

    @Test
    void conjunctionWaw() {
        assertEquals(List.of(new Reading(0, "والعراق", ""), new Reading(1, "العراق", "و")), readings("والعراق"));
    }

    @Test
    void prepositionBa() {
        assertEquals(List.of(new Reading(0, "بالعراق", ""), new Reading(1, "العراق", "ب")), readings("بالعراق"));
    }

    @Test
    void lamWithTheArticleIsWrittenLamLam() {
        // "للعراق" is ل + "العراق": the stem is not a substring of the word
        assertEquals(List.of(new Reading(0, "للعراق", ""), new Reading(1, "العراق", "ل"),
                new Reading(1, "لعراق", "ل")), readings("للعراق"));
    }

    @Test
    void conjunctionFaBeforeAPrepositionLikeLetter() {
        assertEquals(List.of(new Reading(0, "فبغداد", ""), new Reading(1, "بغداد", "ف"),
                new Reading(2, "غداد", "فب")), readings("فبغداد"));
    }

    @Test
    void conjunctionThenLamWithTheArticle() {
        assertEquals(List.of(new Reading(0, "وللحكومه", ""), new Reading(1, "للحكومه", "و"),
                new Reading(2, "الحكومه", "ول"), new Reading(2, "لحكومه", "ول")), readings("وللحكومة"));
    }

    @Test
    void shortWordsKeepOnlyTheirOwnReading() {
        assertEquals(List.of(new Reading(0, "في", "")), readings("في"));
        assertEquals(List.of(new Reading(0, "بل", "")), readings("بل"));
        assertEquals(List.of(new Reading(0, "و", "")), readings("و"));
    }

    @Test
    void suffixesAreRemoved() {
        assertEquals(List.of("مفاوضات", "مفاوضاه"), Clitics.withoutSuffix("مفاوضاته"));
        assertEquals(List.of("زيارت", "زياره"), Clitics.withoutSuffix(ArabicFolding.foldString("زيارته")));
        assertEquals(List.of("قوات", "قواه"), Clitics.withoutSuffix("قواتهم"));
        assertEquals(List.of("قاعدت", "قاعده"), Clitics.withoutSuffix("قاعدتهما"));
        assertEquals(List.of("موقف"), Clitics.withoutSuffix("موقفهم"));
        assertEquals(List.of("حكومت", "حكومه"), Clitics.withoutSuffix("حكومتنا"));
    }

    @Test
    void stemOfFewerThanThreeLettersKeepsItsSuffix() {
        assertEquals(List.of(), Clitics.withoutSuffix("له"));
        assertEquals(List.of(), Clitics.withoutSuffix("منه"));
        assertEquals(List.of(), Clitics.withoutSuffix("بغداد"));
    }

    @Test
    void articleIsRemovedOnlyWhenSomethingRemains() {
        assertEquals("عراق", Clitics.withoutArticle("العراق"));
        assertEquals("الا", Clitics.withoutArticle("الا"));
        assertEquals("بغداد", Clitics.withoutArticle("بغداد"));
    }

    @Test
    void onlyConjunction() {
        assertTrue(Clitics.onlyConjunction(""));
        assertTrue(Clitics.onlyConjunction("و"));
        assertTrue(Clitics.onlyConjunction("ف"));
        assertFalse(Clitics.onlyConjunction("ب"));
        assertFalse(Clitics.onlyConjunction("ول"));
    }
}
