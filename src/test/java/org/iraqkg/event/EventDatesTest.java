package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.iraqkg.time.DateValue;
import org.junit.jupiter.api.Test;

/** When events happened: the nearest date, end points and since-phrases left out, dates from other events. */
class EventDatesTest {
    private final EventDates dates = new EventDates(EventFixture.WORDS);

    private static Candidate anchored(String text, String trigger) {
        Doc d = EventFixture.analyze(text);
        Candidate c = d.candidate(trigger);
        EventDates.anchor(d.tokens(), d.time(), c, d.sentence());
        return c;
    }

    @Test
    void theNearestDateAfterTheTrigger() {
        Candidate c = anchored("وقصفت طائرات التحالف مواقع في كركوك يوم 5 أغسطس 2024.", "وقصفت");
        assertEquals(new DateValue(2024, 8, 5), c.date);
    }

    /** A speech act on a day during a meeting dates the meeting; a war it happened during keeps its own date. */
    @Test
    void aMeetingDuringWhichSomethingWasSaidTakesThatDay() {
        Doc d = EventFixture.analyze("أعلن وزير الخارجية 5 أغسطس 2024 خلال اجتماع في الرباط أن التعاون مستمر.");
        Candidate meeting = d.candidate("اجتماع");
        dates.relation(d.tokens(), meeting, d.sentence());
        assertTrue(meeting.during);
        EventDates.anchor(d.tokens(), d.time(), meeting, d.sentence());
        assertEquals(new DateValue(2024, 8, 5), meeting.date);
        Doc w = EventFixture.analyze("قتل الجندي 5 أغسطس 2024 خلال المعارك في الرمادي.");
        Candidate battle = w.candidate("المعارك");
        dates.relation(w.tokens(), battle, w.sentence());
        EventDates.anchor(w.tokens(), w.time(), battle, w.sentence());
        assertNull(battle.date, String.valueOf(battle.date));
    }

    @Test
    void anEndPointIsNotTheDate() {
        Candidate c = anchored("وستستمر الضربات الجوية حتى مطلع 2025.", "الضربات");
        assertNull(c.date, String.valueOf(c.date));
    }

    @Test
    void aFutureExpressionMakesItPlanned() {
        Candidate c = anchored("وتعقد اللجنة اجتماعا خلال الأسبوعين المقبلين.", "اجتماعا");
        assertEquals(Event.Status.PLANNED, c.status);
    }

    @Test
    void simultaneousAndDuring() {
        Doc d = EventFixture.analyze("وقصفت الطائرات مواقع تزامنا مع هجوم على القاعدة.");
        Candidate c = d.candidate("هجوم");
        dates.relation(d.tokens(), c, d.sentence());
        assertTrue(c.simultaneous);
        Candidate first = EventFixture.candidate("AirStrike", Triggers.RULE);
        first.date = new DateValue(2024, 6, 20);
        first.dateText = "20 يونيو";
        Candidate same = EventFixture.candidate("Attack", Triggers.RULE);
        same.simultaneous = true;
        Candidate war = EventFixture.candidate("ArmedClash", Triggers.RULE);
        war.during = true;
        EventDates.withinSentence(List.of(first, same, war));
        assertEquals(first.date, same.date);
        assertEquals(new DateValue(2024, 6, null), war.date, "lasted longer: the month, not the day");
    }

    @Test
    void aDateInsideASincePhraseIsAnotherEvents() {
        Doc d = EventFixture.analyze("وزار الرئيس بغداد، منذ توليه منصبه في أكتوبر 2022.");
        var te = d.time().between(d.sentence().firstToken(), d.sentence().endToken()).get(0);
        assertTrue(EventDates.insideSincePhrase(d.tokens(), te, d.sentence().firstToken()));
    }
}
