package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.EntityIds;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.Analysis;
import org.iraqkg.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event stage: classes and CAMEO codes, arguments, dates, status, non-events and merging. */
class EventExtractorTest {
    private static final String PUBLISHED = "2024-01-20";
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon")));
    }

    /** The events of a text; every mention's evidence must be original text holding the trigger. */
    private static Events extract(String text) {
        Analysis a = pipeline.analyze(new NewsDocument("doc", "doc", "", text, "", "test", PUBLISHED, "doc"));
        for (Event e : a.events().events()) {
            assertFalse(e.mentions().isEmpty());
            for (EventMention m : e.mentions()) {
                assertEquals(m.evidenceText(), text.substring(m.evidence().begin(), m.evidence().end()),
                        "evidence of " + e);
                assertEquals(m.triggerText(), text.substring(m.trigger().begin(), m.trigger().end()),
                        "trigger of " + e);
                assertTrue(m.evidence().contains(m.trigger()), "evidence holds the trigger: " + m);
                assertTrue(m.evidenceText().contains(m.triggerText()), "evidence text holds the trigger: " + m);
            }
        }
        return a.events();
    }

    private static List<Event> events(String text) {
        return extract(text).events();
    }

    private static Event one(List<Event> es) {
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    private static Event ofClass(List<Event> es, String cls) {
        List<Event> found = es.stream().filter(e -> e.eventClass().equals(cls)).toList();
        if (found.size() != 1) {
            fail("expected one " + cls + " in " + es);
        }
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        وتعهدت الكويت بتقديم 100 مليون دولار لإعادة إعمار المناطق المحررة.        | Aid               | 03
        وقدم الاتحاد الأوروبي مساعدات إنسانية بقيمة 400 مليون دولار للنازحين.      | Aid               | 07
        وعقد في الكويت مؤتمر دولي لإعادة إعمار العراق بمشاركة سبعين دولة.          | Meeting           | 04
        واستعادت القوات العراقية السيطرة على جامعة الأنبار بعد معارك عنيفة.       | ArmedClash        | 19
        وحاصرت القوات المدينة من ثلاثة محاور منذ أسبوعين.                          | Siege             | 19
        وأعدم التنظيم أربعة سائقين رميا بالرصاص في الشرقاط.                         | Execution         | 18
        وحكمت المحكمة الجنائية المركزية على 24 متهما بالإعدام شنقا.                | Sentencing        | 17
        وتظاهر المئات في الناصرية للمطالبة بمحاسبة المسؤولين.                       | Protest           | 14
        وأدانت وزارة الخارجية الهجوم على البعثة الدبلوماسية.                        | DiplomaticProtest | 11
        واتهمت أنقرة الحزب بالوقوف وراء الهجوم.                                      | Accusation        | 11
        وأعلنت الدفاعات الجوية إسقاط طائرة مسيرة فوق القاعدة.                        | Attack            | 19
        وأعلنت أنقرة وصول مقاتلات أمريكية إلى قاعدة إنجرليك.                        | TroopDeployment   | 15
        """)
    void eventKindsBeyondAttacksAndTalks(String text, String cls, String root) {
        Event e = ofClass(events(text), cls);
        assertTrue(e.cameo().startsWith(root), e.toString());
    }

    @Test
    void theOnlyEventOfASentenceTakesThePlaceTheSentenceGives() {
        Event e = one(events("وفي مدينة الفلوجة غربي العاصمة، أعلنت الشرطة المحلية اعتقال خمسة مطلوبين."));
        assertTrue(e.locations().contains("fallujah"), e.toString());
    }

    @Test
    void aPressConferenceIsNotAConference() {
        assertTrue(events("وقال الوزير في مؤتمر صحفي إن الحكومة ماضية في خططها.").stream()
                .noneMatch(e -> e.eventClass().equals("Meeting")));
    }

    @Test
    void fearedOrGuessedAttacksAreNotEvents() {
        assertEquals(List.of(), events("ويتخوف مختصون أن يقوم تنظيم داعش بتنفيذ هجمات كبيرة على مدن الأنبار."));
        assertEquals(List.of(), events("وتقول الباحثة إن عوامل عدة ترجح إقدام العائدات على هجمات إرهابية."));
        // the same words after a comma, in another clause, leave a reported attack alone
        Event e = one(events("وأبدى السكان مخاوف من تدهور الأمن، وقصفت طائرات التحالف الدولي مواقع في كركوك أمس."));
        assertEquals(Event.Status.OCCURRED, e.status());
    }

    @Test
    void airStrike() {
        Event e = one(events("شنت طائرات التحالف الدولي غارات جوية على مواقع في وادي الشاي جنوب كركوك."));
        assertEquals("AirStrike", e.eventClass());
        assertEquals("195", e.cameo());
        assertEquals(Event.Status.OCCURRED, e.status());
        assertTrue(e.locations().contains("kirkuk"), e.locations().toString());
        assertTrue(e.agents().contains("coalition"), e.agents().toString());
        assertEquals("غارات جوية", e.first().triggerText());
    }

    @Test
    void rocketAttackOnABaseWithDateAndClaim() {
        Event e = one(events("تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار يوم 14 يناير 2024 إلى هجوم صاروخي، "
                + "تبنت مسؤوليته جماعة مسلحة تطلق على نفسها \"حراس الفجر\"."));
        assertEquals("RocketAttack", e.eventClass());
        assertEquals("194", e.cameo());
        assertEquals("2024-01-14", e.date().iso());
        assertEquals("14 يناير 2024", e.dateText());
        assertTrue(e.targets().contains("ain_al_asad"), e.targets().toString());
        assertEquals(List.of(EntityIds.forName("حراس الفجر")), e.claimedBy());
    }

    @Test
    void arrestTwoDaysAfterTheAttack() {
        List<Event> es = events("تعرضت قاعدة عين الأسد الجوية يوم 14 يناير 2024 إلى هجوم صاروخي. وبعده بيومين، اعتقلت "
                + "القوات الأمنية في قضاء هيت ثلاثة متهمين بتنفيذ الهجوم.");
        assertEquals(2, es.size(), es.toString());
        Event attack = ofClass(es, "RocketAttack");
        assertEquals("2024-01-14", attack.date().iso());
        assertEquals(2, attack.mentions().size(), "\"بتنفيذ الهجوم\" refers back: " + attack.mentions());
        Event arrest = ofClass(es, "Arrest");
        assertEquals("173", arrest.cameo());
        assertEquals("2024-01-16", arrest.date().iso());
        assertEquals("وبعده بيومين", arrest.dateText());
        assertTrue(arrest.locations().contains("hit"), arrest.locations().toString());
    }

    @Test
    void headlineArrestIsTheArrestOfTheBodyBug() {
        List<Event> es = events("هجوم صاروخي على قاعدة عين الأسد واعتقال المنفذين\nتعرضت قاعدة عين الأسد الجوية يوم 14 "
                + "يناير 2024 إلى هجوم صاروخي. وبعده بيومين، اعتقلت القوات الأمنية في قضاء هيت ثلاثة متهمين.");
        Event arrest = ofClass(es, "Arrest");
        assertFalse(arrest.locations().contains("ain_al_asad"), arrest.toString());
        assertEquals(2, arrest.mentions().size(), arrest.toString());
    }

    @Test
    void negotiationRoundsMergeByOrdinalAndShareATrack() {
        Events evs = extract("انطلقت في بغداد الجولة الثالثة من المفاوضات بين العراق والولايات المتحدة بشأن مستقبل "
                + "التحالف الدولي.\nوقال فؤاد حسين إن الجولة الثالثة من المفاوضات ناقشت الجدول الزمني للانسحاب.\n"
                + "ومن المتوقع أن تنطلق الجولة الرابعة خلال الأسبوعين المقبلين.");
        List<Event> rounds = evs.events().stream().filter(e -> e.eventClass().equals("NegotiationRound")).toList();
        assertEquals(2, rounds.size(), evs.events().toString());
        Event third = rounds.get(0);
        assertEquals(3, third.round());
        assertEquals("046", third.cameo());
        assertEquals(2, third.mentions().size(), "mentioned twice, one event");
        assertEquals(Event.Status.OCCURRED, third.status());
        assertTrue(third.locations().contains("baghdad"), third.locations().toString());
        assertTrue(third.participants().containsAll(List.of("iraq", "usa")), third.participants().toString());
        Event fourth = rounds.get(1);
        assertEquals(4, fourth.round());
        assertEquals(Event.Status.PLANNED, fourth.status());
        assertEquals(1, evs.tracks().size(), evs.tracks().toString());
        NegotiationTrack track = evs.tracks().get(0);
        assertTrue(track.parties().containsAll(List.of("iraq", "usa")), track.parties().toString());
        assertEquals(track.key(), third.track());
        assertEquals(track.key(), fourth.track());
    }

    @Test
    void plannedRound() {
        Event e = one(events("ومن المتوقع أن تنطلق الجولة الرابعة خلال الأسبوعين المقبلين."));
        assertEquals("NegotiationRound", e.eventClass());
        assertEquals(4, e.round());
        assertEquals(Event.Status.PLANNED, e.status());
        assertNull(e.date());
    }

    @Test
    void negatedAgreement() {
        List<Event> es = events("وأكد المتحدث باسم الحكومة باسم العوادي أن اللقاء كان إيجابيا، نافيا حدوث اتفاق نهائي.");
        Event agreement = ofClass(es, "Agreement");
        assertEquals("057", agreement.cameo());
        assertEquals(Event.Status.NEGATED, agreement.status());
    }

    @Test
    void agreementNotReachedWithAdam() {
        Event e = ofClass(events("وأكد الطرفان عدم التوصل إلى اتفاق حتى الآن."), "Agreement");
        assertEquals(Event.Status.NEGATED, e.status());
    }

    @Test
    void negatedReachingAnAgreementBug() {
        Event e = ofClass(events("التقى فؤاد حسين نظيره الأمريكي في واشنطن، نافيا التوصل إلى اتفاق بشأن موعد "
                + "الانسحاب."), "Agreement");
        assertEquals(Event.Status.NEGATED, e.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "سارعت الحكومة لاستئناف المفاوضات مع الجانب الأمريكي.",
        "لا يزال التنظيم يشن هجمات متفرقة في المناطق الصحراوية."
    })
    void intendedHabitualAndStoppedActionsAreNotEvents(String sentence) {
        assertTrue(events(sentence).isEmpty(), () -> events(sentence).toString());
    }

    @Test
    void stoppingAttacksIsACeasefireOfTheAnnouncerNotAnAttack() {
        List<Event> es = events("أعلنت كتائب درع الرافدين توقفها عن استهداف القوات الأمريكية في العراق.");
        Event e = one(es);
        assertEquals("Ceasefire", e.eventClass());
        assertEquals("0871", e.cameo());
        assertTrue(e.targets().contains("us_military"), e::toString);
        assertFalse(e.agents().contains("us_military"), e::toString);
        assertEquals(1, e.agents().size(), e::toString);
    }

    @Test
    void anAttackAtTheSameTimeAsAnotherHasItsDate() {
        List<Event> es = events("وكانت القاعدة قد تعرضت، السبت الماضي، لهجوم بطائرة مسيرة، تزامنا مع هجوم صاروخي "
                + "استهدف قاعدة عين الأسد في الأنبار.");
        assertEquals(2, es.size(), es::toString);
        Event drone = ofClass(es, "DroneAttack");
        Event rockets = ofClass(es, "RocketAttack");
        assertNotNull(drone.date(), drone::toString);
        assertEquals(drone.date(), rockets.date());
    }

    @Test
    void isTheSecondAttackRefersBackToTheAttackNamedBefore() {
        List<Event> es = events("تعرضت قاعدة فيكتوري لهجوم بثلاثة صواريخ مساء الجمعة. ويعد الهجوم الثاني على مواقع "
                + "أمريكية خلال أسبوع.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void twoWordsJoinedByOrNameOneEvent() {
        List<Event> es = events("وقال الوزير إن المفاوضات تجمدت أو تأجلت إلى حين إعادة تقييم الوضع.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void theRoundOfTheMeetingsIsOneEvent() {
        List<Event> es = events("تواصل اللجنة العسكرية العليا اجتماعاتها التي انطلقت جولتها الأولى في 27 يناير 2024.");
        Event e = one(es);
        assertEquals("NegotiationRound", e.eventClass());
        assertEquals(1, e.round());
        assertEquals("2024-01-27", e.date().iso());
    }

    @Test
    void aPossessiveNounRefersBackToTheVisit() {
        List<Event> es = events("وصل رئيس الوزراء إلى واشنطن أمس في زيارة رسمية. ومن المقرر أن يلتقي الخميس أبناء "
                + "الجالية قبل أن يختتم زيارته.");
        assertEquals(1, es.stream().filter(e -> e.eventClass().equals("Visit")).count(), es::toString);
        assertEquals(1, es.stream().filter(e -> e.eventClass().equals("Meeting")
                && e.status() == Event.Status.PLANNED).count(), es::toString);
    }

    @Test
    void strikesInACityAndLaterInItsCountryAreOneEvent() {
        List<Event> es = events("شنت القوات الأمريكية أمس ضربات جوية على مواقع في مدينة القائم. وقالت سنتكوم إن "
                + "الضربات طالت أكثر من 85 هدفا في العراق وسوريا.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void aDroneAsTheSubjectOfAnAttackVerbMakesADroneAttack() {
        assertEquals("DroneAttack", one(events("استهدفت طائرة مسيرة قاعدة حرير الجوية فجر اليوم.")).eventClass());
        assertEquals("DroneAttack", one(events("وكانت طائرات مسيرة مجهولة قد استهدفت، في يونيو الماضي، "
                + "منظومات رادار في معسكر التاجي.")).eventClass());
        assertEquals("RocketAttack", one(events("استهدف مسلحون قاعدة بلد الجوية بصواريخ كاتيوشا.")).eventClass());
    }

    @Test
    void aDeadlineIsNotTheDateOfTheEvent() {
        Event e = one(events("وقعت بغداد وواشنطن أمس اتفاقا ينهي مهمة التحالف بحلول سبتمبر 2025."));
        assertEquals("2024-01-19", e.date().iso());
    }

    @Test
    void aWarDuringWhichAnAttackHappenedHasItsMonth() {
        List<Event> es = events("وكانت طائرات مسيرة قد استهدفت في 20 يونيو 2025 معسكر التاجي، خلال الحرب التي "
                + "استمرت 12 يوما بين إسرائيل وإيران.");
        Event war = ofClass(es, "ArmedClash");
        assertEquals("2025-06", war.date().iso());
    }

    @Test
    void thisTargetingMergesIntoTheEarlierAttack() {
        String text = "استهدفت طائرة مسيرة مفخخة قاعدة حرير الجوية شمال أربيل فجر اليوم. وأسفر هذا الاستهداف عن "
                + "أضرار مادية في أحد المخازن.";
        Event e = one(events(text));
        assertEquals("DroneAttack", e.eventClass());
        assertEquals("2024-01-20", e.date().iso());
        assertTrue(e.targets().contains("harir"), e.targets().toString());
        EventMention last = e.mentions().get(e.mentions().size() - 1);
        assertEquals("الاستهداف", last.triggerText());
        assertTrue(last.evidence().begin() >= text.indexOf("وأسفر"), "evidence in the second sentence: " + last);
    }

    @Test
    void condemnerIsNotTheAttackerBug() {
        List<Event> es = events("استهدفت طائرة مسيرة قاعدة حرير الجوية شمال أربيل مساء أمس. وأدانت وزارة الخارجية "
                + "العراقية هذا الاستهداف.");
        Event attack = ofClass(es, "DroneAttack");
        assertFalse(attack.agents().contains("iraq_mofa"), attack.agents().toString());
        // the condemnation is an event of its own, the ministry's
        assertEquals(List.of("iraq_mofa"), ofClass(es, "DiplomaticProtest").agents());
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void speakerAboutTheAttackIsNotTheAttackerBug() {
        Event e = one(events("قصفت فصائل مسلحة قاعدة فكتوريا قرب مطار بغداد الدولي. وقالت القيادة المركزية "
                + "الأمريكية إن هذا الاستهداف لم يسفر عن إصابات."));
        assertFalse(e.agents().contains("centcom"), e.agents().toString());
    }

    @Test
    void casualtiesKilledAndWounded() {
        List<Event> es = events("انفجرت سيارة مفخخة في سوق شعبي بمدينة الصدر، ما أسفر عن مقتل 5 أشخاص وإصابة 12 آخرين.\n"
                + "وكان تفجير انتحاري في الموصل قد خلف أكثر من 40 قتيلا عام 2016.");
        assertEquals(2, es.size(), es.toString());
        Event car = es.get(0);
        assertEquals("Bombing", car.eventClass());
        assertEquals("183", car.cameo());
        assertEquals(5, car.killed());
        assertEquals(12, car.wounded());
        assertTrue(car.locations().contains("sadr_city"), car.locations().toString());
        Event suicide = es.get(1);
        assertEquals(40, suicide.killed());
        assertNull(suicide.wounded());
        assertEquals("2016", suicide.date().iso());
        assertTrue(suicide.locations().contains("mosul"), suicide.locations().toString());
    }

    @Test
    void droneAttack() {
        Event e = one(events("استهدفت طائرة مسيرة مفخخة قاعدة حرير في أربيل فجر اليوم."));
        assertEquals("DroneAttack", e.eventClass());
        assertEquals("1952", e.cameo());
        assertTrue(e.targets().contains("harir"), e.targets().toString());
        assertTrue(e.locations().contains("erbil"), e.locations().toString());
    }

    @Test
    void droneAttackByNoun() {
        Event e = one(events("وتعرض مطار أربيل الدولي إلى هجوم بطائرة مسيرة مساء أمس."));
        assertEquals("DroneAttack", e.eventClass());
        assertEquals("1952", e.cameo());
        assertEquals("2024-01-19", e.date().iso());
        assertTrue(e.targets().contains("erbil_airport"), e.targets().toString());
    }

    @Test
    void announcerIsNotTheAttackerBug() {
        Event e = one(events("أعلنت خلية الإعلام الأمني عن هجوم بطائرة مسيرة على مطار أربيل الدولي."));
        assertEquals("DroneAttack", e.eventClass());
        assertFalse(e.agents().contains("security_media_cell"), e.agents().toString());
    }

    @Test
    void twoAttacksInDifferentPlacesStayTwo() {
        List<Event> es = events("وسقطت صواريخ كاتيوشا على قاعدة عين الأسد في الأنبار، بينما استهدف هجوم صاروخي آخر "
                + "قاعدة حرير في أربيل.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(0).targets().contains("ain_al_asad"), es.get(0).toString());
        assertFalse(es.get(0).targets().contains("harir"), es.get(0).toString());
        assertTrue(es.get(1).targets().contains("harir"), es.get(1).toString());
        assertFalse(es.get(1).targets().contains("ain_al_asad"), es.get(1).toString());
    }

    @Test
    void visitWithItsDate() {
        Event e = one(events("زار الرئيس الفرنسي إيمانويل ماكرون بغداد يوم الأحد."));
        assertEquals("Visit", e.eventClass());
        assertEquals("042", e.cameo());
        assertEquals("2024-01-14", e.date().iso());
    }

    @Test
    void visitorAfterATitleIsTheAgentBug() {
        Event e = one(events("زار الرئيس الفرنسي إيمانويل ماكرون بغداد يوم الأحد."));
        assertTrue(e.agents().contains("macron"), e.toString());
    }

    @Test
    void laterVisitRefersBackBug() {
        Event e = one(events("اختتم رئيس الوزراء محمد شياع السوداني زيارة رسمية إلى واشنطن. وأعلنت بغداد أن الزيارة "
                + "حققت نتائج مهمة."));
        assertEquals(2, e.mentions().size(), e.toString());
        assertTrue(e.agents().contains("sudani"), e.toString());
    }

    @Test
    void evidenceOfEveryMentionIsOriginalText() {
        Events evs = extract("تعرضت قاعدة عين الأسد الجوية إلى هجوم صاروخي، بينما سقطت قذائف هاون قرب مطار بغداد "
                + "الدولي. وأسفر الهجوم عن أضرار مادية.\nوفي اليوم التالي اعتقلت القوات الأمنية خمسة متهمين.");
        assertTrue(evs.events().size() >= 2, evs.events().toString());
        for (Event e : evs.events()) {
            assertNotNull(e.first().evidenceText());
        }
    }

    /** A distance from a place ("تبعد 12 كلم غرب كركوك") is not where it happened, in the clause or the sentence. */
    @Test
    void aDistanceFromAPlaceIsNotThePlaceOfTheEvent() {
        List<Event> es = events("وأصيب جنديان في انفجار عبوة ناسفة في منطقة تبعد 12 كلم غرب كركوك.");
        assertTrue(!es.isEmpty(), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.locations().contains("kirkuk")), es.toString());
    }
}
