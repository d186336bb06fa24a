package org.iraqkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.iraqkg.document.NewsDocument;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.Analysis;
import org.iraqkg.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The entity stage: metonyms, conjuncts, family names, ids of found names, titles standing for persons. */
class EntityResolverTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon")));
    }

    private static Analysis analyze(String id, String text, String published) {
        Analysis a = pipeline.analyze(new NewsDocument(id, id, "", text, "", "test", published, id));
        for (EntityMention m : a.entities().mentions()) {
            assertEquals(m.text(), text.substring(m.span().begin(), m.span().end()), "span text of " + m);
            assertTrue(a.entities().get(m.entityId()) != null, "entity of " + m);
        }
        return a;
    }

    private static Analysis analyze(String text) {
        return analyze("doc", text, null);
    }

    /** The entity mentions whose text is {@code surface}, in text order. */
    private static List<EntityMention> all(Analysis a, String surface) {
        return a.entities().mentions().stream().filter(m -> m.text().equals(surface)).toList();
    }

    private static EntityMention only(Analysis a, String surface) {
        List<EntityMention> ms = all(a, surface);
        if (ms.size() != 1) {
            fail("expected one mention \"" + surface + "\", got " + a.entities().mentions());
        }
        return ms.get(0);
    }

    @Test
    void ministryWithoutItsNationalityIsTheOneOfTheDocument() {
        // the document names the full form: the short one is the same ministry
        Analysis named = analyze("قالت وزارة الخارجية الأمريكية إن الحوار مستمر. وأضافت وزارة الخارجية أن "
                + "الوفد سيصل إلى بغداد.");
        assertEquals("state_department", only(named, "وزارة الخارجية").entityId());
        // a document about Iraq (Baghdad, the Iraqi government): the Iraqi ministry
        Analysis iraqi = analyze("استدعت بغداد السفير. وأكدت الحكومة العراقية أن القصف مرفوض. وقالت وزارة "
                + "الخارجية في بيان إنها ستتخذ الإجراءات القانونية.");
        assertEquals("iraq_mofa", only(iraqi, "وزارة الخارجية").entityId());
        // no country in focus: a name of its own
        Analysis none = analyze("وقالت وزارة الخارجية في بيان إنها ستتخذ الإجراءات القانونية.");
        String id = only(none, "وزارة الخارجية").entityId();
        assertTrue(!id.equals("iraq_mofa") && !id.equals("state_department"), id);
    }

    @Test
    void capitalAsSubjectIsItsGovernment() {
        Analysis a = analyze("أعلنت بغداد رفضها لأي وجود عسكري أجنبي دائم على أراضيها.");
        EntityMention m = only(a, "بغداد");
        assertEquals("iraq", m.entityId());
        assertEquals(EntityMention.Kind.METONYM, m.kind());
        assertEquals(EntityType.COUNTRY, a.entities().get("iraq").type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ووصل الوفد الأمريكي إلى بغداد صباح اليوم.",
        "وعقد الاجتماع في بغداد بحضور ممثلين عن التحالف.",
        "وغادر الوزير من بغداد متوجها إلى أربيل.",
        "واجتمع الوفد ببغداد مع قادة الأجهزة الأمنية."
    })
    void capitalAfterAPrepositionIsThePlace(String sentence) {
        Analysis a = analyze(sentence);
        EntityMention m = only(a, "بغداد");
        assertEquals("baghdad", m.entityId());
        assertEquals(EntityMention.Kind.NAME, m.kind());
        assertEquals(EntityType.CITY, a.entities().get("baghdad").type());
    }

    @Test
    void sameCapitalAsGovernmentAndAsPlaceInOneDocument() {
        Analysis a = analyze("أعلنت بغداد رفضها للقصف. ووصل وفد أمني إلى بغداد مساء اليوم.");
        List<EntityMention> ms = all(a, "بغداد");
        assertEquals(2, ms.size(), a.entities().mentions().toString());
        assertEquals("iraq", ms.get(0).entityId());
        assertEquals("baghdad", ms.get(1).entityId());
    }

    @Test
    void conjunctsShareTheGovernmentReading() {
        Analysis a = analyze("اتفقت بغداد وواشنطن على جدول زمني لإنهاء مهمة التحالف الدولي.");
        EntityMention first = only(a, "بغداد");
        EntityMention second = only(a, "واشنطن");
        assertEquals("iraq", first.entityId());
        assertEquals("usa", second.entityId());
        assertEquals(EntityMention.Kind.METONYM, first.kind());
        assertEquals(EntityMention.Kind.METONYM, second.kind());
    }

    @Test
    void familyNameResolvesToTheFullName() {
        Analysis a = analyze("قال وزير الخارجية العراقي سلوان عبد الجبار الحمداني إن الحوار مستمر. "
                + "وأضاف الحمداني أن الحكومة ترفض التصعيد.");
        EntityMention full = only(a, "سلوان عبد الجبار الحمداني");
        EntityMention family = only(a, "الحمداني");
        assertEquals(full.entityId(), family.entityId());
        assertEquals(EntityMention.Kind.FAMILY_NAME, family.kind());
        assertEquals(EntityIds.forName("سلوان عبد الجبار الحمداني"), full.entityId());
        Entity e = a.entities().get(full.entityId());
        assertEquals(EntityType.PERSON, e.type());
        assertEquals("iraq", e.country());
        assertTrue(e.roles().stream().anyMatch(r -> r.position().equals("foreign_minister")), e.roles().toString());
    }

    @Test
    void familyNameOfAKnownPerson() {
        Analysis a = analyze("استقبل محمد شياع السوداني وفدا من الكونغرس. وأكد السوداني أهمية الشراكة.");
        assertEquals("sudani", only(a, "محمد شياع السوداني").entityId());
        assertEquals("sudani", only(a, "السوداني").entityId());
    }

    @Test
    void sameUnknownNameInTwoDocumentsHasOneId() {
        Analysis a = analyze("a", "وأوضح المتحدث باسم وزارة الدفاع ضياء مهدي الكناني أن القطعات جاهزة.", null);
        Analysis b = analyze("b", "وقال اللواء ضياء مهدي الكناني إن الحدود مؤمنة بالكامل.", "2024-05-02");
        String idA = only(a, "ضياء مهدي الكناني").entityId();
        String idB = only(b, "ضياء مهدي الكناني").entityId();
        assertEquals(idA, idB);
        assertEquals(EntityIds.forName("ضياء مهدي الكناني"), idA);
        assertTrue(idA.startsWith("n-"), idA);
    }

    @Test
    void differentUnknownNamesHaveDifferentIds() {
        Analysis a = analyze("وقال اللواء ضياء مهدي الكناني إن الحدود مؤمنة. "
                + "وأكد العميد ضياء هادي الكناني أن الطرق سالكة.");
        String one = only(a, "ضياء مهدي الكناني").entityId();
        String two = only(a, "ضياء هادي الكناني").entityId();
        assertNotEquals(one, two);
        assertNotEquals(EntityIds.forName("كتائب درع الرافدين"), EntityIds.forName("كتائب درع الفرات"));
    }

    @Test
    void idsIgnoreSpellingVariantsThatFoldAlike() {
        assertEquals(EntityIds.forName("أحمد إبراهيم الجنابي"), EntityIds.forName("احمد ابراهيم الجنابي"));
        assertEquals(EntityIds.forName("حراس الفجر"), EntityIds.forName("  حراس   الفجر "));
    }

    @Test
    void titleAloneIsThePersonIntroducedWithIt() {
        Analysis a = analyze("doc", "قال المتحدث باسم الحكومة العراقية باسل حميد الطائي إن الحكومة ماضية في الإصلاح. "
                + "وأضاف المتحدث باسم الحكومة العراقية أن الموازنة ستقر قريبا.", "2023-01-10");
        String person = only(a, "باسل حميد الطائي").entityId();
        List<EntityMention> titles = a.entities().mentions().stream()
                .filter(m -> m.kind() == EntityMention.Kind.TITLE).toList();
        assertEquals(1, titles.size(), a.entities().mentions().toString());
        assertEquals("المتحدث باسم الحكومة العراقية", titles.get(0).text());
        assertEquals(person, titles.get(0).entityId());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2016-03-10, abadi", "2021-06-01, kadhimi", "2024-02-20, sudani"})
    void primeMinisterAloneIsTheHolderOnThePublicationDate(String published, String holder) {
        Analysis a = analyze("doc", "وأكد رئيس الوزراء العراقي أن القوات الأمنية قادرة على حماية البلاد.", published);
        EntityMention m = only(a, "رئيس الوزراء العراقي");
        assertEquals(holder, m.entityId());
        assertEquals(EntityMention.Kind.TITLE, m.kind());
    }

    @Test
    void primeMinisterAloneWithoutADateIsNobody() {
        Analysis a = analyze("وأكد رئيس الوزراء العراقي أن القوات الأمنية قادرة على حماية البلاد.");
        assertTrue(all(a, "رئيس الوزراء العراقي").isEmpty(), a.entities().mentions().toString());
    }

    @Test
    void americanOfficialIsTheLastAmericanMentioned() {
        Analysis a = analyze("doc", "استقبل رئيس الوزراء محمد شياع السوداني المبعوث الأمريكي بريت ماكغورك، بحضور وزير "
                + "الخارجية فؤاد حسين. وقال المسؤول الأمريكي إن واشنطن تدعم جهود الحكومة.", "2023-03-01");
        EntityMention m = only(a, "المسؤول الأمريكي");
        assertEquals("mcgurk", m.entityId());
        assertEquals(EntityMention.Kind.TITLE, m.kind());
    }

    @Test
    void americanOfficialAfterAnInventedAmericanName() {
        Analysis a = analyze("والتقى الوزير السفيرة الأمريكية في بغداد ليندا مارش في مقر الوزارة. "
                + "وأكد الجانب العراقي ضرورة احترام السيادة، فيما قالت المسؤولة الأمريكية إن بلادها تحترم قرار الحكومة.");
        String marsh = EntityIds.forName("ليندا مارش");
        EntityMention m = only(a, "المسؤولة الأمريكية");
        assertEquals(marsh, m.entityId());
    }
}
