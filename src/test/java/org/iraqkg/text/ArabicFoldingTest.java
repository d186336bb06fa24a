package org.iraqkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding of Arabic text and the map from folded characters back to original offsets. */
class ArabicFoldingTest {

    private static String fold(String s) {
        return ArabicFolding.foldString(s);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مُشِيرًا          | مشيرا
            مشيراً           | مشيرا
            مشيرًا           | مشيرا
            الحَرْبُ          | الحرب
            القوّات          | القوات
            الشَّدِّ          | الشد
            مفاوضاتٍ          | مفاوضات
            قصفٌ            | قصف
            """)
    void diacriticsAreRemoved(String original, String folded) {
        assertEquals(folded, fold(original));
    }

    @Test
    void tanweenBeforeOrAfterAlefGivesTheSameWord() {
        // "مشيراً" (tanween on the alef) and "مشيرًا" (tanween before it) are both written in news text
        assertEquals("\u0645\u0634\u064A\u0631\u0627", fold("\u0645\u0634\u064A\u0631\u0627\u064B"));
        assertEquals("\u0645\u0634\u064A\u0631\u0627", fold("\u0645\u0634\u064A\u0631\u064B\u0627"));
    }

    @Test
    void tatweelIsRemoved() {
        assertEquals("العراق", fold("العـــراق"));
        assertEquals("بغداد", fold("بـغـداد"));
    }

    @Test
    void alefFormsBecomeBareAlef() {
        assertEquals("اااا", fold("\u0623\u0625\u0622\u0671"));
        assertEquals("امريكا", fold("أمريكا"));
        assertEquals("ايران", fold("إيران"));
        assertEquals("الان", fold("الآن"));
        assertEquals("استقاله", fold("ٱستقالة"));
    }

    @Test
    void alefMaqsuraTaaMarbutaAndHamzaSeats() {
        assertEquals("مستشفي", fold("مستشفى"));
        assertEquals("الحكومه", fold("الحكومة"));
        assertEquals("موتمر", fold("مؤتمر"));
        assertEquals("رييس", fold("رئيس"));
        assertEquals("مسوول", fold("مسؤول"));
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAscii() {
        assertEquals("2024", fold("٢٠٢٤"));
        assertEquals("1403", fold("۱۴۰۳"));
        assertEquals("قتل 37 عنصرا", fold("قتل ٣٧ عنصراً"));
    }

    @Test
    void presentationFormsBecomeLetters() {
        assertEquals("لا", fold("\uFEFB"));
        assertEquals("ا", fold("\uFE8D"));
        // بغداد written with contextual forms: initial beh, medial ghain, final dal, isolated alef and dal
        assertEquals("بغداد", fold("\uFE91\uFED0\uFEAA\uFE8D\uFEA9"));
    }

    @Test
    void bidiMarksAndZeroWidthCharactersAreRemoved() {
        assertEquals("بغداد", fold("ب\u200Fغداد"));
        assertEquals("بغداد", fold("\u202Bبغداد\u202C"));
        assertEquals("بغداد", fold("\u2067بغداد\u2069"));
        assertEquals("بغداد", fold("ب\u200Cغداد"));
        assertEquals("بغداد", fold("\u200Eبغداد\u061C"));
        assertTrue(ArabicFolding.isDropped('\u200F'));
        assertTrue(ArabicFolding.isDropped('\u064B'));
        assertTrue(ArabicFolding.isDropped('\u0640'));
        assertFalse(ArabicFolding.isDropped('\u0627'));
        assertFalse(ArabicFolding.isDropped(' '));
    }

    @Test
    void latinIsLowerCased() {
        assertEquals("nato و iraq", fold("NATO و Iraq"));
        assertEquals("cnn", fold("ＣＮＮ")); // full-width letters, through NFKC
    }

    @Test
    void punctuationAndSpacesAreKept() {
        assertEquals("قال: «نعم»، ثم غادر.", fold("قال: «نعم»، ثم غادر."));
    }

    // ---- the offset map

    @Test
    void everyFoldedCharacterOfAHandMadeStringMapsBackInsideTheOriginal() {
        String s = "أكّدَ وزيرُ الخارجيّةِ العراقيّ، أمسِ، أنّ انسحابَ قوّاتِ التحالفِ سيكتملُ في ٢٠٢٦.";
        FoldedText f = ArabicFolding.fold(s);
        assertEquals("اكد وزير الخارجيه العراقي، امس، ان انسحاب قوات التحالف سيكتمل في 2026.", f.folded());
        checkMap(f);
    }

    @Test
    void originalSpanOfAMatchIncludesItsDiacritics() {
        String s = "أعلنت الحكومةُ العِراقيّة رفضها للهجومِ على قاعدة عين الأسد";
        FoldedText f = ArabicFolding.fold(s);
        assertEquals("العِراقيّة", spanOf(f, "العراقيه").of(s));
        assertEquals("الحكومةُ", spanOf(f, "الحكومه").of(s));
        assertEquals("للهجومِ", spanOf(f, "للهجوم").of(s));
        assertEquals("الأسد", spanOf(f, "الاسد").of(s));
        // a match inside a word ends on the letter (with its own diacritics), not the whole word
        assertEquals("العِراق", spanOf(f, "العراق").of(s));
    }

    @Test
    void originalSpanThroughTatweelLigatureAndBidiMarks() {
        String s = "زار \u202Bالعـــراق\u202C وفد \uFEFBتيني";
        FoldedText f = ArabicFolding.fold(s);
        assertEquals("زار العراق وفد لاتيني", f.folded());
        assertEquals("العـــراق", spanOf(f, "العراق").of(s));
        assertEquals("\uFEFBتيني", spanOf(f, "لاتيني").of(s));
        // half of a ligature maps to the whole ligature
        int l = f.folded().indexOf("لا");
        assertEquals("\uFEFB", f.originalSpan(l, l + 1).of(s));
    }

    @Test
    void emptySpanMapsToAPoint() {
        String s = "قصف صاروخي";
        FoldedText f = ArabicFolding.fold(s);
        assertEquals(new Span(4, 4), f.originalSpan(4, 4));
        assertEquals(s.length(), f.originalStart(f.folded().length()));
    }

    @Test
    void foldedIndexRoundTrips() {
        String s = "قالَ المتحدثُ: «لن نسمحَ بهجماتٍ جديدة»";
        FoldedText f = ArabicFolding.fold(s);
        for (int i = 0; i < f.folded().length(); i++) {
            int o = f.originalStart(i);
            int k = f.foldedIndex(o);
            assertTrue(k <= i, "folded index " + k + " after " + i);
            assertEquals(o, f.originalStart(k));
        }
        // the start of each word maps to the start of its folded form
        int o = s.indexOf("بهجماتٍ");
        assertEquals(f.folded().indexOf("بهجمات"), f.foldedIndex(o));
        assertEquals("بهجمات", f.foldedOf(o, o + "بهجماتٍ".length()));
        assertEquals(f.folded().length(), f.foldedIndex(s.length()));
        assertEquals(f.folded(), f.foldedOf(0, s.length()));
    }

    @Test
    void nonBmpCharacterBeforeArabicText() {
        String s = "\uD83D\uDE00 قالَ العِراقُ";
        FoldedText f = ArabicFolding.fold(s);
        assertEquals("\uD83D\uDE00 قال العراق", f.folded());
        // both halves of the surrogate pair map to the whole emoji
        assertEquals(new Span(0, 2), f.originalSpan(0, 1));
        assertEquals(new Span(0, 2), f.originalSpan(1, 2));
        assertEquals("العِراقُ", spanOf(f, "العراق").of(s));
        assertEquals(new Span(8, 16), spanOf(f, "العراق"));
        checkMap(f);
    }

    @Test
    void flagAndMathematicalLettersBeforeArabicText() {
        String s = "\uD83C\uDDEE\uD83C\uDDF6 \uD835\uDC0D\uD835\uDC00\uD835\uDC13\uD835\uDC0E في بغدادَ";
        FoldedText f = ArabicFolding.fold(s);
        assertEquals("\uD83C\uDDEE\uD83C\uDDF6 nato في بغداد", f.folded());
        assertEquals("\uD835\uDC0D\uD835\uDC00\uD835\uDC13\uD835\uDC0E", spanOf(f, "nato").of(s));
        assertEquals("بغدادَ", spanOf(f, "بغداد").of(s));
        checkMap(f);
    }

    @Test
    void randomStringsMapBackInsideTheOriginal() {
        String[] pieces = {"ا", "ب", "ت", "ة", "ى", "ي", "ئ", "ؤ", "أ", "إ", "آ", "ٱ", "ل", "ع", "ق", "\u064E",
            "\u064B", "\u0651", "\u0650", "\u0652", "\u0670", "\u0640", "\uFEFB", "\uFE8D", "\uFEF5", "\u200F",
            "\u200C", "\u202B", "\u202C", "\u2067", "\u2069", "\uFEFF", "٣", "۴", "7", " ", "\n", ".", "،", "«",
            "»", "A", "z", "\uD83D\uDE00", "\uD835\uDC00", "\uFB50", "\u06CC", "\u06A9", "\u00AD", "\u2026", "ﷺ"};
        Random random = new Random(20240314L);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int k = 0; k < len; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            checkMap(ArabicFolding.fold(b.toString()));
        }
    }

    /** Checks the invariants of the offset map of {@code f}. */
    private static void checkMap(FoldedText f) {
        String s = f.original();
        String folded = f.folded();
        int previous = 0;
        for (int i = 0; i < folded.length(); i++) {
            int b = f.originalStart(i);
            int e = f.originalEnd(i);
            String where = "folded " + i + " of \"" + s + "\"";
            assertTrue(0 <= b && b < e && e <= s.length(), where + ": [" + b + "," + e + ")");
            assertTrue(b >= previous, where + ": starts go backwards");
            previous = b;
            // the folded character comes from its original piece
            assertTrue(ArabicFolding.foldString(s.substring(b, e)).indexOf(folded.charAt(i)) >= 0, where);
            int k = f.foldedIndex(b);
            assertTrue(k <= i, where + ": foldedIndex " + k);
            assertEquals(b, f.originalStart(k), where);
            Span span = f.originalSpan(i, i + 1);
            assertEquals(new Span(b, e), span, where);
        }
        if (!folded.isEmpty()) {
            Span all = f.originalSpan(0, folded.length());
            assertTrue(all.begin() >= 0 && all.end() <= s.length());
        }
        assertEquals(folded.length(), f.foldedIndex(s.length()));
        assertEquals(folded, f.foldedOf(0, s.length()));
    }

    /** The original span of the first occurrence of {@code foldedNeedle} in the folded text. */
    private static Span spanOf(FoldedText f, String foldedNeedle) {
        int i = f.folded().indexOf(foldedNeedle);
        assertTrue(i >= 0, foldedNeedle + " not in " + f.folded());
        return f.originalSpan(i, i + foldedNeedle.length());
    }
}
