package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iraqkg.event.EventFixture.Doc;
import org.iraqkg.text.TextAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Whether a trigger tells of an event, and its status: occurred, planned or negated. */
class EventModalityTest {
    private final Modality modality = new Modality(EventFixture.WORDS);

    private boolean keep(Doc d, String trigger, Candidate c) {
        return modality.keep(d.tokens(), c, d.trigger(trigger), d.sentence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        سارعت القوات لقصف مواقع التنظيم.                                 | لقصف
        وأبدت الحكومة استعدادها لتوقيع اتفاق مع واشنطن.                  | لتوقيع
        لا يزال التنظيم يشن هجمات متفرقة في المناطق الصحراوية.          | هجمات
        كما أعلن توقفه عن الضربات الجوية.                                | الضربات
        ويتخوف مختصون أن يقوم التنظيم بتنفيذ هجمات كبيرة.                | هجمات
        """)
    void notEvents(String text, String trigger) {
        Doc d = EventFixture.analyze(text);
        assertFalse(keep(d, trigger, d.candidate(trigger)));
    }

    @Test
    void aReportedAttackIsKeptAndOccurred() {
        Doc d = EventFixture.analyze("وقصفت طائرات التحالف مواقع في كركوك أمس.");
        Candidate c = d.candidate("وقصفت");
        assertTrue(keep(d, "وقصفت", c));
        assertEquals(Event.Status.OCCURRED, c.status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        وأكد أن اللقاء كان إيجابيا، نافيا حدوث اتفاق نهائي.               | حدوث
        وأكد الطرفان عدم التوصل إلى اتفاق حتى الآن.                      | التوصل
        """)
    void negated(String text, String trigger) {
        Doc d = EventFixture.analyze(text);
        Candidate c = d.candidate(trigger);
        assertTrue(keep(d, trigger, c));
        assertEquals(Event.Status.NEGATED, c.status);
    }

    @Test
    void aFutureVerbMakesItPlanned() {
        Doc d = EventFixture.analyze("وسيعقد الجانبان اجتماعا في بغداد.");
        Candidate c = d.candidate("اجتماعا");
        assertTrue(keep(d, "اجتماعا", c));
        assertEquals(Event.Status.PLANNED, c.status);
    }

    @Test
    void aRoundIsPlannedWhenItsClauseTellsOfTheFuture() {
        Doc d = EventFixture.analyze("وستكون الجولة الثالثة من المفاوضات في واشنطن.");
        int first = d.token("الجولة");
        Candidate c = d.candidate(first, first + 4, "NegotiationRound");
        modality.round(d.tokens(), c, first, first + 4, d.sentence());
        assertEquals(Event.Status.PLANNED, c.status);
        Doc past = EventFixture.analyze("وعقدت الجولة الثالثة من المفاوضات في واشنطن.");
        int k = past.token("الجولة");
        Candidate p = past.candidate(k, k + 4, "NegotiationRound");
        modality.round(past.tokens(), p, k, k + 4, past.sentence());
        assertEquals(Event.Status.OCCURRED, p.status);
    }

    @Test
    void wordsThatLookLikeFutureVerbsButAreNot() {
        TextAnalysis t = TextAnalysis.of("سياسة ساعات سنوات سيجرون");
        assertFalse(Modality.isVerbish(t.tokens().get(0)));
        assertFalse(Modality.isVerbish(t.tokens().get(1)));
        assertFalse(Modality.isVerbish(t.tokens().get(2)));
        assertTrue(Modality.isVerbish(t.tokens().get(3)));
    }
}
