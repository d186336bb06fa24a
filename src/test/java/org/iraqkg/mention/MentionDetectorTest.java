package org.iraqkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.TitleEntry;
import org.iraqkg.text.TextAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mention stage on small invented sentences: known names, titles, head words, quotes, family names. */
class MentionDetectorTest {
    private static MentionDetector detector;

    @BeforeAll
    static void load() {
        Lexicon lexicon = Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon"));
        detector = new MentionDetector(lexicon);
    }

    private record Detected(TextAnalysis text, Mentions mentions) {}

    private static Detected detect(String text) {
        TextAnalysis t = TextAnalysis.of(text);
        Detected d = new Detected(t, detector.detect(t));
        for (Mention m : d.mentions().names()) {
            assertEquals(m.text(), text.substring(m.span().begin(), m.span().end()), "span text of " + m);
        }
        for (TitleMention m : d.mentions().titles()) {
            assertEquals(m.text(), text.substring(m.span().begin(), m.span().end()), "span text of " + m);
        }
        return d;
    }

    /** The name mention whose text is exactly {@code surface}. */
    private static Mention name(Detected d, String surface) {
        for (Mention m : d.mentions().names()) {
            if (m.text().equals(surface)) {
                return m;
            }
        }
        return fail("no name mention \"" + surface + "\" in " + d.mentions().names());
    }

    /** The title mention whose text is exactly {@code surface}. */
    private static TitleMention title(Detected d, String surface) {
        for (TitleMention t : d.mentions().titles()) {
            if (t.text().equals(surface)) {
                return t;
            }
        }
        return fail("no title mention \"" + surface + "\" in " + d.mentions().titles());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            تبادلت طهران وبغداد الرسائل بشأن أمن الحدود المشتركة.          | وبغداد  | baghdad | 1
            جدد الوفد الأمريكي دعم بلاده للعراق في حربه ضد الإرهاب.         | للعراق  | iraq    | 1
            وصلت تعزيزات عسكرية إلى كركوك صباح اليوم.                        | كركوك   | kirkuk  | 0
            وأبلغ الوفد العراقي نظيره بأن بغداد لن تقبل بأي وجود قتالي.        | بغداد   | baghdad | 0
            """)
    void knownNameSpanLeavesOutTheClitic(String sentence, String word, String key, int clitic) {
        Detected d = detect(sentence);
        int wordBegin = sentence.indexOf(word);
        Mention m = null;
        for (Mention x : d.mentions().names()) {
            if (x.span().end() == wordBegin + word.length()) {
                m = x;
            }
        }
        assertNotNull(m, "no mention ending with " + word + ": " + d.mentions().names());
        assertEquals(key, m.key());
        assertEquals(wordBegin + clitic, m.span().begin(), "the span starts after the proclitic");
        assertEquals(word.substring(clitic), m.text());
        assertEquals("lexicon", m.detector());
    }

    @Test
    void foreignMinisterWithUnknownName() {
        Detected d = detect("قال وزير الخارجية العراقي سلوان عبد الجبار الحمداني إن الحوار مع واشنطن مستمر.");
        Mention p = name(d, "سلوان عبد الجبار الحمداني");
        assertEquals(EntityType.PERSON, p.type());
        assertNull(p.key());
        assertEquals("سلوان عبد الجبار الحمداني", p.name());
        assertEquals('m', p.gender());
        assertEquals("iraq", p.country());
        assertEquals("title+name", p.detector());
        TitleMention t = title(d, "وزير الخارجية العراقي");
        assertEquals("foreign_minister", t.title().position());
        assertEquals("iraq", t.country());
        assertEquals(p, t.person());
    }

    @Test
    void spokespersonOfAMinistryWithUnknownName() {
        Detected d = detect("وأوضح المتحدث باسم وزارة الدفاع ضياء مهدي الكناني أن القطعات العسكرية في جاهزية تامة.");
        Mention p = name(d, "ضياء مهدي الكناني");
        assertEquals(EntityType.PERSON, p.type());
        assertEquals("title+name", p.detector());
        TitleMention t = title(d, "المتحدث باسم وزارة الدفاع");
        assertEquals("spokesperson", t.title().position());
        assertEquals(p, t.person());
    }

    @Test
    void femaleAmbassadorTakesGenderAndCountryFromTheTitle() {
        Detected d = detect("وقالت السفيرة الأمريكية في بغداد ليندا مارش إن بلادها تدعم الحوار بين القوى السياسية.");
        Mention p = name(d, "ليندا مارش");
        assertEquals(EntityType.PERSON, p.type());
        assertEquals('f', p.gender());
        assertEquals("usa", p.country());
        TitleMention t = title(d, "السفيرة الأمريكية في بغداد");
        assertEquals("ambassador", t.title().position());
        assertEquals('f', t.gender());
        assertEquals("usa", t.country());
        assertEquals(p, t.person());
        // the city inside the title is still a place mention of its own
        assertEquals("baghdad", name(d, "بغداد").key());
    }

    @Test
    void rankBeforeName() {
        Detected d = detect("وقال اللواء ثامر جاسم الربيعي إن الوضع الأمني مستقر في المحافظة.");
        Mention p = name(d, "ثامر جاسم الربيعي");
        assertEquals(EntityType.PERSON, p.type());
        assertEquals("title+name", p.detector());
        TitleMention t = title(d, "اللواء");
        assertEquals(TitleEntry.Kind.RANK, t.title().kind());
        assertEquals(p, t.person());
    }

    @Test
    void titleThenCommaThenRankAndName() {
        Detected d = detect("وذكر قائد العمليات المشتركة، الفريق أول ركن نبيل حسون الكعبي، أن الهجوم فشل في تحقيق أهدافه.");
        Mention p = name(d, "نبيل حسون الكعبي");
        assertEquals(EntityType.PERSON, p.type());
        TitleMention t = title(d, "قائد العمليات المشتركة");
        assertEquals("commander", t.title().position());
        assertEquals("joc", t.orgKey());
        assertEquals(p, t.person());
    }

    /** A title phrase that runs on past its complements, then the name in apposition after a comma. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال المدير العام للشؤون الزراعية في وزارة الموارد المائية في حكومة إقليم كردستان، كامران شيخاني، إن السدود ممتلئة.                 | كامران شيخاني
            وقال مسؤول إعلام الفرع الثالث للحزب الديمقراطي الكردستاني في دهوك، هوشيار زنكنة لـ«الصباح»: «المعبر مغلق».       | هوشيار زنكنة
            """)
    void nameInAppositionAfterALongTitlePhrase(String sentence, String person) {
        Detected d = detect(sentence);
        Mention p = name(d, person);
        assertEquals(EntityType.PERSON, p.type());
        assertTrue(d.mentions().titles().stream().anyMatch(t -> p.equals(t.person())),
                "the title introduces " + person + ": " + d.mentions().titles());
        assertTrue(d.mentions().names().stream().filter(m -> m.type() == EntityType.PERSON).count() == 1,
                "no other person: " + d.mentions().names());
    }

    @Test
    void noAppositionAcrossAVerbOrBeforeAnOrdinaryWord() {
        // the comma after the title phrase is followed by a date and a complementizer: nobody is named
        Detected d = detect("وقال المسؤول الأمني في وزارة الداخلية في بغداد، الخميس، إن الطريق مفتوح.");
        assertTrue(d.mentions().names().stream().noneMatch(m -> m.type() == EntityType.PERSON),
                "no person: " + d.mentions().names());
        // a reporting verb ends the subject before any comma
        Detected e = detect("وقال المدير العام للشؤون الإدارية أكد، محمد علي، إن الطريق مفتوح.");
        assertTrue(e.mentions().titles().stream().noneMatch(t -> t.person() != null
                && t.person().text().equals("محمد علي")), "no apposition across a verb: " + e.mentions().titles());
    }

    @Test
    void titleWithoutNameStandsAlone() {
        Detected d = detect("وأكد رئيس الوزراء العراقي أن بلاده ترفض الاعتداءات على البعثات الدبلوماسية.");
        TitleMention t = title(d, "رئيس الوزراء العراقي");
        assertNull(t.person());
        assertEquals("prime_minister", t.title().position());
        assertEquals("iraq", t.country());
        assertTrue(d.mentions().names().stream().noneMatch(m -> m.type() == EntityType.PERSON),
                "no person name: " + d.mentions().names());
        assertTrue(d.mentions().names().stream().noneMatch(m -> "iraq".equals(m.key())),
                "the adjective in the title is not a mention of Iraq: " + d.mentions().names());
    }

    @Test
    void armedGroupByHeadWord() {
        Detected d = detect("وأعلنت كتائب درع الرافدين مسؤوليتها عن الهجوم على الرتل.");
        Mention g = name(d, "كتائب درع الرافدين");
        assertEquals(EntityType.ARMED_GROUP, g.type());
        assertNull(g.key());
        assertEquals("كتائب درع الرافدين", g.name());
        assertEquals("head-word", g.detector());
    }

    @Test
    void governmentByHeadWordAndAdjective() {
        Detected d = detect("ورحبت الحكومة العراقية بنتائج الجولة الأخيرة من الحوار.");
        Mention g = name(d, "الحكومة العراقية");
        assertEquals(EntityType.GOVERNMENT_BODY, g.type());
        assertEquals("iraq", g.country());
    }

    @Test
    void unknownForcesByHeadWordAndAdjective() {
        Detected d = detect("وانتشرت القوات البولندية في محيط المطار منذ أيام.");
        Mention g = name(d, "القوات البولندية");
        assertEquals(EntityType.ARMED_FORCES, g.type());
        assertNull(g.key());
        assertEquals("poland", g.country());
        assertEquals("head+nationality", g.detector());
    }

    @Test
    void groupNamedInQuotes() {
        Detected d = detect("وتبنت الهجوم جماعة مسلحة مجهولة تطلق على نفسها \"حراس الفجر\" في بيان مقتضب.");
        Mention g = name(d, "حراس الفجر");
        assertEquals("quoted-name", g.detector());
        assertEquals(EntityType.ARMED_GROUP, g.type());
        assertNull(g.key());
        assertEquals("حراس الفجر", g.name());
    }

    @Test
    void placeWordOpensAPlaceName() {
        Detected d = detect("وسقطت قذيفة هاون في مدينة الخالص ليلة أمس دون وقوع إصابات.");
        Mention p = name(d, "الخالص");
        assertEquals(EntityType.CITY, p.type());
        assertEquals("place-word", p.detector());
        assertEquals("الخالص", p.name());
    }

    @Test
    void placeWordWithAKnownPlace() {
        Detected d = detect("وشنت القوات الأمنية حملة تفتيش في مدينة الفلوجة.");
        Mention p = name(d, "مدينة الفلوجة");
        assertEquals("fallujah", p.key());
        assertEquals(EntityType.CITY, p.type());
    }

    @Test
    void familyNameRefersToTheFullNameGivenBefore() {
        String text = "قال وزير الخارجية العراقي سلوان عبد الجبار الحمداني إن الحوار مستمر. "
                + "وأضاف الحمداني أن بلاده ترفض أن تكون ساحة لتصفية الحسابات.";
        Detected d = detect(text);
        Mention full = name(d, "سلوان عبد الجبار الحمداني");
        Mention family = name(d, "الحمداني");
        assertEquals("family-name", family.detector());
        assertEquals(full.name(), family.name());
        assertEquals(EntityType.PERSON, family.type());
        assertEquals(text.indexOf("وأضاف الحمداني") + "وأضاف ".length(), family.span().begin());
    }

    @Test
    void familyNameAfterAPreposition() {
        String text = "أكد قائد الشرطة العميد مازن فليح العكيلي جاهزية قواته. واجتمع الوفد بالعكيلي في مقر القيادة.";
        Detected d = detect(text);
        Mention full = name(d, "مازن فليح العكيلي");
        Mention family = name(d, "العكيلي");
        assertEquals("family-name", family.detector());
        assertEquals(full.name(), family.name());
        assertEquals(text.indexOf("بالعكيلي") + 1, family.span().begin());
    }

    @Test
    void nationalityAdjectiveIsNotAMentionOfTheCountry() {
        Detected d = detect("وتتمسك الحكومة بعدم السماح باستخدام الأراضي العراقية منطلقا لأي هجوم.");
        assertTrue(d.mentions().names().stream().noneMatch(m -> "iraq".equals(m.key())),
                "العراقية is an adjective: " + d.mentions().names());
        List<NationalityMention> nats = d.mentions().nationalities();
        assertTrue(nats.stream().anyMatch(n -> n.country().equals("iraq")), "nationalities: " + nats);
    }

    @Test
    void countryNameInsideAnOrganisationIsNotTheCountry() {
        Detected d = detect("وأصدرت وكالة الأنباء العراقية تقريرا عن الوضع في المحافظات.");
        Mention m = name(d, "وكالة الأنباء العراقية");
        assertEquals("ina", m.key());
        assertFalse(d.mentions().names().stream().anyMatch(x -> "iraq".equals(x.key())));
    }

    @Test
    void repeatedFullNameOfAnUnknownPersonBug() {
        String text = "وقال الناطق باسم وزارة الداخلية مقداد ميري إن القوات ضبطت أسلحة. "
                + "وقال مقداد ميري إن التحقيق مستمر.";
        Detected d = detect(text);
        Mention first = name(d, "مقداد ميري");
        Mention again = null;
        for (Mention m : d.mentions().names()) {
            if (m.span().begin() == text.lastIndexOf("مقداد ميري")) {
                again = m;
            }
        }
        assertNotNull(again, "the second \"مقداد ميري\" is a mention: " + d.mentions().names());
        assertEquals("مقداد ميري", again.text());
        assertEquals(first.name(), again.name());
    }

    @Test
    void familyNameAfterContractedLamBug() {
        String text = "أكد قائد الشرطة العميد مازن فليح العكيلي جاهزية قواته. ونقل الوفد تحيات الحكومة للعكيلي.";
        Detected d = detect(text);
        Mention full = name(d, "مازن فليح العكيلي");
        Mention family = name(d, "لعكيلي");
        assertEquals("family-name", family.detector());
        assertEquals(full.name(), family.name());
        assertEquals(text.indexOf("للعكيلي") + 1, family.span().begin());
    }

    @Test
    void nameAfterTitleStopsBeforeTheObjectBug() {
        Detected d = detect("والتقت السفيرة الأمريكية في بغداد ليندا مارش عددا من قادة الكتل السياسية.");
        Mention p = name(d, "ليندا مارش");
        assertEquals("ليندا مارش", p.name());
    }
}
