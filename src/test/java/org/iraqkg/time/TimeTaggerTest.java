package org.iraqkg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;

import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.text.TextAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date expressions of news text, resolved with the real lexicon against a publication date. */
class TimeTaggerTest {
    /** A Thursday. */
    private static final LocalDate PUB = LocalDate.of(2024, 3, 14);

    private static TimeTagger tagger;

    @BeforeAll
    static void load() {
        Lexicon lexicon = Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon"));
        tagger = new TimeTagger(lexicon);
    }

    private static DocumentTime analyze(String text, LocalDate published) {
        return tagger.analyze(TextAnalysis.of(text), published);
    }

    /** "text=value" for every expression, the value in ISO form or "null". */
    private static List<String> found(String text, LocalDate published) {
        List<String> out = new ArrayList<>();
        for (TimeExpression e : analyze(text, published).expressions()) {
            out.add(e.text() + "=" + (e.value() == null ? "null" : e.value().iso()));
        }
        return out;
    }

    /** The only expression of {@code text}. */
    private static TimeExpression only(String text, LocalDate published) {
        List<TimeExpression> es = analyze(text, published).expressions();
        assertEquals(1, es.size(), "expressions of \"" + text + "\": " + es);
        return es.get(0);
    }

    @Test
    void publicationDateIsTheReference() {
        assertEquals(DayOfWeek.THURSDAY, PUB.getDayOfWeek());
        DocumentTime dt = analyze("لا تاريخ هنا", PUB);
        assertEquals("2024-03-14", dt.reference().iso());
        assertTrue(dt.published());
        assertEquals(PUB, dt.referenceDay());
        assertEquals(PUB, dt.approximateDay());
        assertEquals(List.of(), dt.expressions());
    }

    @Test
    void yesterday() {
        String s = "قال المتحدث باسم الحكومة أمس إن المفاوضات مستمرة.";
        TimeExpression e = only(s, PUB);
        assertEquals("أمس", e.text());
        assertEquals("2024-03-13", e.value().iso());
        assertEquals(TimeExpression.Kind.RELATIVE, e.kind());
        assertEquals(s.indexOf("أمس"), e.span().begin());
        assertEquals(s.indexOf("أمس") + 3, e.span().end());
        assertEquals(4, e.firstToken());
        assertEquals(5, e.endToken());
    }

    @Test
    void todayWithItsWeekday() {
        assertEquals(List.of("اليوم الخميس=2024-03-14"),
                found("وصل وفد التحالف الدولي إلى بغداد اليوم الخميس.", PUB));
        assertEquals(List.of("اليوم (الخميس)=2024-03-14"), found("وصل الوفد اليوم (الخميس) إلى أربيل", PUB));
        assertEquals(List.of("واليوم=2024-03-14"), found("واليوم عقد اجتماع أمني", PUB));
    }

    @Test
    void aWeekdayAfterYesterdayOrTodayIsTheDayMeant() {
        // a paper dated Thursday that says "أمس الثلاثاء" was written on Wednesday: the named day wins
        assertEquals(List.of("أمس الثلاثاء=2024-03-12"), found("وأعلن الوزير أمس الثلاثاء اعتقال المتورطين", PUB));
        assertEquals(List.of("اليوم (الأربعاء)=2024-03-13"), found("وصل الوفد اليوم (الأربعاء) إلى أربيل", PUB));
        assertEquals(List.of("أمس الأربعاء=2024-03-13"), found("وأعلن الوزير أمس الأربعاء اعتقال المتورطين", PUB));
    }

    @Test
    void bareWeekdayIsTheLatestOnOrBeforeTheDate() {
        assertEquals(List.of("السبت=2024-03-09"), found("استهدف هجوم بطائرة مسيرة قاعدة حرير السبت.", PUB));
        assertEquals(List.of("يوم السبت=2024-03-09"), found("وقع الهجوم يوم السبت على القاعدة", PUB));
        assertEquals(List.of("الخميس=2024-03-14"), found("أعلنت الوزارة الخميس نتائج التحقيق", PUB));
    }

    @Test
    void weekdayWithModifier() {
        assertEquals(List.of("الأربعاء الماضي=2024-03-13"),
                found("التقى رئيس الوزراء السفير الأمريكي الأربعاء الماضي.", PUB));
        assertEquals(List.of("الخميس الماضي=2024-03-07"), found("جرت الجولة الخميس الماضي", PUB));
        assertEquals(List.of("الجمعة الماضية=2024-03-08"), found("سقطت صواريخ الجمعة الماضية", PUB));
        assertEquals(List.of("الأحد المقبل=2024-03-17"), found("تستأنف المحادثات الأحد المقبل", PUB));
        assertEquals(List.of("الخميس المقبل=2024-03-21"), found("يصل الوفد الخميس المقبل", PUB));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ستعقد جولة جديدة من الحوار الأسبوع المقبل   | الأسبوع المقبل | 2024-03
            تصاعدت الهجمات على القواعد الشهر الجاري      | الشهر الجاري   | 2024-03
            تراجعت الهجمات الشهر الماضي                  | الشهر الماضي   | 2024-02
            يبدأ الانسحاب الشهر المقبل                   | الشهر المقبل   | 2024-04
            انسحبت القوات العام الماضي                   | العام الماضي   | 2023
            تنتهي مهمة التحالف السنة المقبلة              | السنة المقبلة  | 2025
            تغيرت المعادلة هذا العام                     | هذا العام      | 2024
            زار الوزير واشنطن أول أمس                    | أول أمس       | 2024-03-12
            تظاهر السكان أمس الأول قرب المطار             | أمس الأول     | 2024-03-12
            قصفت الطائرات الجسر الليلة الماضية            | الليلة الماضية | 2024-03-13
            وقالت القوة في بيان الليلة قبل الماضية         | الليلة قبل الماضية | 2024-03-12
            يصل المبعوث غدا                              | غدا           | 2024-03-15
            """)
    void relativeWords(String text, String expression, String iso) {
        TimeExpression e = only(text, PUB);
        assertEquals(expression, e.text());
        assertEquals(iso, e.value().iso());
        assertEquals(TimeExpression.Kind.RELATIVE, e.kind());
    }

    @Test
    void daysAgo() {
        TimeExpression e = only("بدأت المفاوضات قبل عشرة أيام في بغداد", PUB);
        assertEquals("قبل عشرة أيام", e.text());
        assertEquals("2024-03-04", e.value().iso());
        assertEquals(DateValue.Precision.DAY, e.value().precision());
        assertEquals(List.of("قبل 3 أيام=2024-03-11"), found("قصفت القاعدة قبل 3 أيام فقط", PUB));
        assertEquals(List.of("قبل يومين=2024-03-12"), found("انفجرت عبوة قبل يومين قرب الموكب", PUB));
    }

    @Test
    void agoAfterAConjunction() {
        assertEquals(List.of("وقبل يومين=2024-03-12"), found("وقبل يومين انفجرت عبوة قرب الموكب", PUB));
        assertEquals(List.of("فقبل 3 أيام=2024-03-11"), found("فقبل 3 أيام قصفت القاعدة", PUB));
        assertEquals(List.of(), found("وقبلت الحكومة العرض", PUB), "a verb, not a time word");
    }

    @Test
    void approximateAgoKeepsOnlyTheMonth() {
        TimeExpression e = only("بدأت المفاوضات قبل حوالى عشرة أيام في بغداد", PUB);
        assertEquals("قبل حوالى عشرة أيام", e.text());
        assertEquals("2024-03", e.value().iso());
        assertEquals(DateValue.Precision.MONTH, e.value().precision());
        assertEquals(List.of("قبل نحو عشرين يوما=2024-02"), found("وقع الهجوم قبل نحو عشرين يوما على الحدود", PUB));
    }

    @Test
    void weeksAndMonthsAgoKeepTheMonth() {
        assertEquals(List.of("قبل ثلاثة أشهر=2023-12"), found("جرت الزيارة قبل ثلاثة أشهر في واشنطن", PUB));
        assertEquals(List.of("قبل أسبوعين=2024-02"), found("وصل الوفد قبل أسبوعين إلى بغداد", PUB));
    }

    @Test
    void combinedMonthNames() {
        assertEquals(List.of("5 أغسطس/آب 2023=2023-08-05"),
                found("وقع الهجوم في 5 أغسطس/آب 2023 على القاعدة", PUB));
        assertEquals(List.of("يونيو (حزيران) 2022=2022-06"),
                found("جرت الانتخابات في يونيو (حزيران) 2022 وسط توتر", PUB));
        assertEquals(List.of("مارس/آذار الجاري=2024-03"),
                found("وتكررت الهجمات خلال مارس/آذار الجاري على القواعد", PUB));
        assertEquals(List.of("أكتوبر/تشرين الأول الماضي=2023-10"),
                found("بدأت الهجمات في أكتوبر/تشرين الأول الماضي على القواعد", PUB));
        assertEquals(List.of("10 شباط/فبراير الماضي=2024-02-10"),
                found("في 10 شباط/فبراير الماضي اجتمع الطرفان", PUB));
    }

    @Test
    void bareMonthIsTheLatestOneUpToTheDate() {
        assertEquals(List.of("كانون الثاني=2024-01"),
                found("انطلقت المحادثات في كانون الثاني بين بغداد وواشنطن", PUB));
        assertEquals(List.of("يناير=2024-01"), found("انطلقت المحادثات في يناير بين بغداد وواشنطن", PUB));
        assertEquals(List.of("مارس=2024-03"), found("تكثفت الهجمات في مارس على القواعد", PUB));
        assertEquals(List.of("أبريل=2023-04"), found("زار الوزير طهران في أبريل مع وفد", PUB));
        assertEquals(List.of("15 كانون الثاني=2024-01-15"), found("في 15 كانون الثاني أعلنت الحكومة", PUB));
    }

    @Test
    void maghrebiAndLevantineMonthNames() {
        assertEquals(List.of("شتنبر 2019=2019-09"), found("انطلقت الاحتجاجات في شتنبر 2019 ببغداد", PUB));
        assertEquals(List.of("غشت=2023-08"), found("وصلت التعزيزات في غشت الى القاعدة", PUB));
        assertEquals(List.of("أيار=2023-05"), found("جرى الاتفاق في أيار بين الطرفين", PUB));
        assertEquals(List.of("جانفي 2020=2020-01"), found("بعد اغتيال جانفي 2020 توترت الأجواء", PUB));
    }

    @Test
    void fatherIsNotAMonth() {
        assertEquals(List.of(), found("قال الأب إن ابنه الجندي قتل في الهجوم", PUB));
        assertEquals(List.of(), found("زار أب الضحية موقع الانفجار", PUB));
    }

    @Test
    void abIsAMonthWithAYearOrASecondName() {
        assertEquals(List.of("آب 2020=2020-08"), found("صوت البرلمان في آب 2020 على القرار", PUB));
        assertEquals(List.of("أغسطس/آب=2023-08"), found("صوت البرلمان في أغسطس/آب على القرار", PUB));
        assertEquals(List.of("12 آب=2023-08-12"), found("صوت البرلمان في 12 آب على القرار", PUB));
    }

    @Test
    void yearsOnTheirOwn() {
        assertEquals(List.of("عام 2017=2017"), found("أعلن النصر على التنظيم عام 2017 في الموصل", PUB));
        assertEquals(List.of("2014=2014"), found("سقطت الموصل في 2014 بيد التنظيم", PUB));
        assertEquals(List.of("2017=2017"), found("تحررت المدينة مطلع 2017 بعد معارك", PUB));
        assertEquals(List.of("نوفمبر 2017=2017-11"), found("انتهت العمليات نهاية نوفمبر 2017 في الأنبار", PUB));
        assertEquals(List.of(), found("قتل 2014 شخصا", PUB));
    }

    @Test
    void hijriDate() {
        LocalDate expected = LocalDate.from(HijrahDate.of(1445, 9, 15));
        TimeExpression e = only("أعلنت الهدنة في 15 رمضان 1445 بين الفصائل", PUB);
        assertEquals("15 رمضان 1445", e.text());
        assertEquals(expected, e.value().toLocalDate());
        assertEquals(DateValue.of(expected), e.value());
        TimeExpression h = only("أعلنت الهدنة في 15 رمضان 1445 هـ بين الفصائل", PUB);
        assertEquals("15 رمضان 1445 هـ", h.text());
        assertEquals(expected, h.value().toLocalDate());
        // a Hijri month without a year cannot be placed
        assertEquals(List.of(), found("في شهر رمضان تراجعت الهجمات", PUB));
    }

    @Test
    void afterAnEvent() {
        TimeExpression e = only("عقد الاجتماع في بغداد، بعده بيومين وصل الوفد", PUB);
        assertEquals("بعده بيومين", e.text());
        assertEquals(TimeExpression.Kind.AFTER_EVENT, e.kind());
        assertEquals(2, e.offsetDays());
        assertNull(e.value());
        TimeExpression f = only("وقع الهجوم ثم بعدها بثلاثة أيام ردت القوات", PUB);
        assertEquals("بعدها بثلاثة أيام", f.text());
        assertEquals(3, f.offsetDays());
    }

    @Test
    void futureSpans() {
        TimeExpression e = only("ستنسحب القوات خلال الأسبوع المقبل من القاعدة", PUB);
        assertEquals("خلال الأسبوع المقبل", e.text());
        assertEquals(TimeExpression.Kind.FUTURE, e.kind());
        assertNull(e.value());
        assertEquals(List.of("خلال أسبوعين=null"), found("ستنسحب القوات خلال أسبوعين من القاعدة", PUB));
        assertEquals(TimeExpression.Kind.FUTURE, only("تبدأ الجولة خلال الأيام المقبلة", PUB).kind());
    }

    @Test
    void futureSpanWithDualModifierBug() {
        TimeExpression e = only("ستستكمل المفاوضات خلال الأسبوعين المقبلين في بغداد", PUB);
        assertEquals("خلال الأسبوعين المقبلين", e.text());
        assertEquals(TimeExpression.Kind.FUTURE, e.kind());
    }

    @Test
    void agoAtTheEndOfTheTextBug() {
        assertEquals(List.of("قبل يومين=2024-03-12"), found("وصل الوفد قبل يومين", PUB));
        assertEquals(List.of("قبل عامين=2022"), found("انسحبت القوات قبل عامين", PUB));
    }

    @Test
    void duringANamedMonthOrYearIsNotAFutureSpanBug() {
        assertEquals(List.of("أغسطس الماضي=2023-08"), found("تصاعدت الهجمات خلال شهر أغسطس الماضي", PUB));
        assertEquals(List.of("عام 2023=2023"), found("تراجعت الهجمات خلال عام 2023 في الأنبار", PUB));
    }

    // ---- without a publication date

    @Test
    void dayAndMonthWithoutYear() {
        DocumentTime dt = analyze("وصل الوفد في 5 أغسطس إلى أربيل", null);
        assertNull(dt.reference());
        assertFalse(dt.published());
        assertNull(dt.referenceDay());
        assertEquals(1, dt.expressions().size());
        DateValue v = dt.expressions().get(0).value();
        assertEquals("--08-05", v.iso());
        assertEquals(DateValue.Precision.MONTH_DAY, v.precision());
        assertNull(v.toLocalDate());
        assertEquals(List.of("أمس=null", "الأربعاء=null"), found("قال أمس إن الهجوم وقع الأربعاء", null));
    }

    @Test
    void yearInferredFromAMonthWithAndWithoutItsYear() {
        String s = "وقع هجوم مماثل في أغسطس 2023 ، وتكرر في أغسطس من العام الماضي على القاعدة نفسها";
        DocumentTime dt = analyze(s, null);
        assertEquals("2024", dt.reference().iso());
        assertFalse(dt.published());
        assertEquals(List.of("أغسطس 2023=2023-08", "أغسطس من العام الماضي=2023-08"), found(s, null));
        assertEquals(LocalDate.of(2024, 7, 1), dt.approximateDay());
    }

    @Test
    void monthInferredFromTheCurrentMonth() {
        String s = "عقد الاجتماع في 24 مارس الجاري بحضور قادة التحالف";
        DocumentTime dt = analyze(s, null);
        assertEquals(Integer.valueOf(3), dt.reference().month());
        assertNull(dt.reference().year());
        assertEquals("--03", dt.reference().iso());
        assertEquals(List.of("24 مارس الجاري=--03-24"), found(s, null));
        assertNull(dt.approximateDay());
    }

    // ---- invalid dates and DateValue

    @Test
    void invalidDatesHaveNoValue() {
        assertEquals(List.of("31 فبراير=null"), found("في 31 فبراير وقع الهجوم", PUB));
        assertEquals(List.of("29 فبراير 2023=null"), found("في 29 فبراير 2023 وقع الهجوم", PUB));
        assertEquals(List.of("31 أبريل=null"), found("في 31 أبريل وقع الهجوم", null));
        assertEquals(List.of("29 فبراير 2024=2024-02-29"), found("في 29 فبراير 2024 وقع الهجوم", PUB));
    }

    @Test
    void isoForEveryPrecision() {
        assertEquals("2024-08-05", new DateValue(2024, 8, 5).iso());
        assertEquals(DateValue.Precision.DAY, new DateValue(2024, 8, 5).precision());
        assertEquals("2024-08", DateValue.ofMonth(2024, 8).iso());
        assertEquals(DateValue.Precision.MONTH, DateValue.ofMonth(2024, 8).precision());
        assertEquals("2024", DateValue.ofYear(2024).iso());
        assertEquals(DateValue.Precision.YEAR, DateValue.ofYear(2024).precision());
        assertEquals("--08-05", new DateValue(null, 8, 5).iso());
        assertEquals(DateValue.Precision.MONTH_DAY, new DateValue(null, 8, 5).precision());
        assertEquals("--08", new DateValue(null, 8, null).iso());
        assertEquals(DateValue.Precision.MONTH_ONLY, new DateValue(null, 8, null).precision());
        assertEquals("0987-01-02", new DateValue(987, 1, 2).iso());
        assertEquals("2024-08-05", new DateValue(2024, 8, 5).toString());
    }

    @Test
    void dateValueChecksItsParts() {
        assertThrows(IllegalArgumentException.class, () -> new DateValue(2024, 13, null));
        assertThrows(IllegalArgumentException.class, () -> new DateValue(2024, null, 5));
        assertThrows(IllegalArgumentException.class, () -> new DateValue(2024, 2, 32));
        assertThrows(IllegalArgumentException.class, () -> new DateValue(null, null, null));
        assertFalse(new DateValue(2023, 2, 29).isValid());
        assertTrue(new DateValue(2024, 2, 29).isValid());
        assertTrue(new DateValue(null, 2, 29).isValid());
        assertFalse(new DateValue(null, 4, 31).isValid());
        assertEquals(LocalDate.of(2024, 8, 5), new DateValue(2024, 8, 5).toLocalDate());
        assertNull(DateValue.ofMonth(2024, 8).toLocalDate());
    }

    @Test
    void daysAfterADate() {
        assertEquals("2024-03-01", TimeTagger.after(new DateValue(2024, 2, 28), 2).iso());
        assertEquals("--03-02", TimeTagger.after(new DateValue(null, 2, 28), 3).iso());
        assertEquals("2024-02", TimeTagger.after(DateValue.ofMonth(2024, 2), 2).iso());
        assertNull(TimeTagger.after(null, 2));
    }

    @Test
    void expressionsBetweenTokens() {
        DocumentTime dt = analyze("قال أمس إن الهجوم وقع السبت الماضي", PUB);
        assertEquals(2, dt.expressions().size());
        assertEquals(List.of("أمس"), dt.between(0, 4).stream().map(TimeExpression::text).toList());
        assertEquals(List.of("السبت الماضي"), dt.between(4, 8).stream().map(TimeExpression::text).toList());
        assertEquals("2024-03-09", dt.between(4, 8).get(0).value().iso());
    }
}
