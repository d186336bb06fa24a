package org.iraqkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Sentences and clauses: where text breaks, and where quotations keep it whole. */
class SentenceSplitterTest {

    private static List<String> sentences(String s) {
        return texts(s, SentenceSplitter.split(s));
    }

    private static List<String> clauses(String s) {
        return texts(s, SentenceSplitter.clauses(s));
    }

    private static List<String> texts(String s, List<Span> spans) {
        List<String> out = new ArrayList<>();
        for (Span sp : spans) {
            out.add(sp.of(s));
        }
        return out;
    }

    @Test
    void splitsOnTerminalPunctuation() {
        String s = "قصفت طائرة مسيرة القاعدة. هل ردت القوات؟ نعم! ثم صمت… وانتهى الأمر?";
        assertEquals(List.of("قصفت طائرة مسيرة القاعدة.", "هل ردت القوات؟", "نعم!", "ثم صمت…", "وانتهى الأمر?"),
                sentences(s));
    }

    @Test
    void spansAreExactAndTrimmed() {
        String s = "  اجتمع الوفدان.   ثم غادرا.  ";
        List<Span> spans = SentenceSplitter.split(s);
        assertEquals(List.of(new Span(2, 16), new Span(19, 28)), spans);
        assertEquals("اجتمع الوفدان.", spans.get(0).of(s));
        assertEquals("ثم غادرا.", spans.get(1).of(s));
    }

    @Test
    void splitsOnLineBreaks() {
        String s = "انسحاب القوات الأجنبية\nاجتماع في بغداد\r\nجولة جديدة\u2029خاتمة";
        assertEquals(List.of("انسحاب القوات الأجنبية", "اجتماع في بغداد", "جولة جديدة", "خاتمة"), sentences(s));
    }

    @Test
    void blankLinesGiveNoEmptySentences() {
        assertEquals(List.of("عنوان", "نص"), sentences("عنوان\n\n\n  \nنص\n"));
    }

    @Test
    void emptyAndWhitespaceOnlyTextHaveNoSentences() {
        assertEquals(List.of(), SentenceSplitter.split(""));
        assertEquals(List.of(), SentenceSplitter.split("   \n\t \r\n "));
        assertEquals(List.of(), SentenceSplitter.clauses(" \n "));
    }

    @Test
    void noSplitInsideAbbreviationOrDecimalNumber() {
        assertEquals(List.of("نقلت بي.بي.سي أن النمو بلغ 1.2 بالمئة."),
                sentences("نقلت بي.بي.سي أن النمو بلغ 1.2 بالمئة."));
    }

    @Test
    void repeatedTerminalsAndClosingBracketStayWithTheSentence() {
        assertEquals(List.of("ماذا بعد؟!", "لا شيء..."), sentences("ماذا بعد؟! لا شيء..."));
        assertEquals(List.of("وصل الوفد (أمس.)", "ثم عاد."), sentences("وصل الوفد (أمس.) ثم عاد."));
    }

    @Test
    void guillemetQuotationStaysInOneSentence() {
        String s = "قال المتحدث باسم التحالف «لن نغادر. المهمة مستمرة» مضيفا أن القوات باقية. وردت الفصائل.";
        assertEquals(List.of("قال المتحدث باسم التحالف «لن نغادر. المهمة مستمرة» مضيفا أن القوات باقية.",
                "وردت الفصائل."), sentences(s));
    }

    @Test
    void curlyQuotationStaysInOneSentence() {
        String s = "وأضاف “الهجوم فاشل. سنرد في الوقت المناسب” بحسب البيان. انتهى.";
        assertEquals(List.of("وأضاف “الهجوم فاشل. سنرد في الوقت المناسب” بحسب البيان.", "انتهى."), sentences(s));
    }

    @Test
    void straightQuotationStaysInOneSentence() {
        String s = "قال النائب \"المفاوضات متعثرة. لا تقدم\" ثم غادر. وصل الوزير.";
        assertEquals(List.of("قال النائب \"المفاوضات متعثرة. لا تقدم\" ثم غادر.", "وصل الوزير."), sentences(s));
    }

    @Test
    void periodAfterTheClosingQuote() {
        String s = "قال الوزير «لا انسحاب». وصلت التعزيزات.";
        assertEquals(List.of("قال الوزير «لا انسحاب».", "وصلت التعزيزات."), sentences(s));
    }

    @Test
    void periodBeforeTheClosingQuoteEndsTheSentenceBug() {
        assertEquals(List.of("قال الوزير «لا انسحاب قبل نهاية العام.»", "وصلت التعزيزات."),
                sentences("قال الوزير «لا انسحاب قبل نهاية العام.» وصلت التعزيزات."));
        assertEquals(List.of("وقال \"سنرد.\"", "ثم غادر."), sentences("وقال \"سنرد.\" ثم غادر."));
        assertEquals(List.of("وقال “سنرد.”", "ثم غادر."), sentences("وقال “سنرد.” ثم غادر."));
    }

    @Test
    void nestedQuotations() {
        String s = "قال «نقلوا عنه “لن نتراجع. أبدا” وهذا خطأ. كبير» ثم سكت. النهاية.";
        assertEquals(List.of("قال «نقلوا عنه “لن نتراجع. أبدا” وهذا خطأ. كبير» ثم سكت.", "النهاية."),
                sentences(s));
    }

    @Test
    void clausesBreakInsideQuotations() {
        String s = "قال المتحدث «لن نغادر. المهمة مستمرة» مضيفا أن القوات باقية. وردت الفصائل.";
        assertEquals(List.of("قال المتحدث «لن نغادر.", "المهمة مستمرة» مضيفا أن القوات باقية.", "وردت الفصائل."),
                clauses(s));
        String t = "قال النائب \"المفاوضات متعثرة. لا تقدم\" ثم غادر.";
        assertEquals(List.of("قال النائب \"المفاوضات متعثرة.", "لا تقدم\" ثم غادر."), clauses(t));
    }

    @Test
    void lineBreakEndsAnUnclosedQuotation() {
        String s = "قال «لن نغادر. أبدا\nعنوان آخر. وجملة ثانية.";
        assertEquals(List.of("قال «لن نغادر. أبدا", "عنوان آخر.", "وجملة ثانية."), sentences(s));
    }

    @Test
    void unclosedQuotationDoesNotSwallowALongText() {
        String prefix = "قال المسؤول «";
        String unit = "استهدفت الفصائل رتلا للدعم اللوجستي. ";
        int count = 120;
        String s = prefix + unit.repeat(count);
        assertTrue(s.length() > 2 * SentenceSplitter.MAX_QUOTE);
        List<Span> spans = SentenceSplitter.split(s);
        // protection ends after MAX_QUOTE characters: the first sentence runs to the first period after that
        Span first = spans.get(0);
        assertEquals(0, first.begin());
        assertTrue(first.end() > SentenceSplitter.MAX_QUOTE, "first sentence ends at " + first.end());
        assertTrue(first.end() <= prefix.length() + SentenceSplitter.MAX_QUOTE + unit.length(),
                "first sentence ends at " + first.end());
        assertEquals('.', s.charAt(first.end() - 1));
        int unitsInFirst = (first.end() - prefix.length() + 1) / unit.length();
        assertEquals(1 + count - unitsInFirst, spans.size());
        for (Span sp : spans.subList(1, spans.size())) {
            assertEquals(unit.strip(), sp.of(s));
        }
    }

    @Test
    void unclosedStraightQuoteDoesNotSwallowALongText() {
        String prefix = "قال \"";
        String unit = "وتواصلت المفاوضات بين بغداد وواشنطن. ";
        int count = 100;
        String s = prefix + unit.repeat(count);
        List<Span> spans = SentenceSplitter.split(s);
        Span first = spans.get(0);
        assertTrue(first.end() > SentenceSplitter.MAX_QUOTE, "first sentence ends at " + first.end());
        assertTrue(first.end() <= prefix.length() + SentenceSplitter.MAX_QUOTE + unit.length());
        int unitsInFirst = (first.end() - prefix.length() + 1) / unit.length();
        assertEquals(1 + count - unitsInFirst, spans.size());
        assertEquals(unit.strip(), spans.get(spans.size() - 1).of(s));
    }

    @Test
    void shortUnclosedQuotationProtectsToTheEndOfTheLine() {
        String s = "قال «لن نغادر. المهمة مستمرة. والقوات باقية.";
        assertEquals(List.of(s), sentences(s));
    }
}
