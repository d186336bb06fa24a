package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.iraqkg.time.DateValue;
import org.junit.jupiter.api.Test;

/** Mentions of one event into one: in a clause, across the document, the headline; what forbids it. */
class EventMergingTest {
    private final Merging merging = new Merging(new Places(EventFixture.WORDS));

    private static Candidate attack(String cls, int sentence, String... targets) {
        Candidate c = EventFixture.candidate(cls, Triggers.RULE);
        c.sentence = sentence;
        c.targets.addAll(List.of(targets));
        return c;
    }

    @Test
    void twoSpecificClassesConflictAGeneralOneDoesNot() {
        assertTrue(merging.conflict(attack("RocketAttack", 0), attack("DroneAttack", 0)));
        assertFalse(merging.conflict(attack("Attack", 0), attack("DroneAttack", 0)));
        Candidate fallujah = attack("Attack", 0);
        fallujah.locations.add("fallujah");
        Candidate anbar = attack("Attack", 0);
        anbar.locations.add("anbar");
        Candidate kirkuk = attack("Attack", 0);
        kirkuk.locations.add("kirkuk");
        assertFalse(merging.conflict(fallujah, anbar));
        assertTrue(merging.conflict(fallujah, kirkuk));
    }

    @Test
    void datesAreCompatibleWhereBothAreKnown() {
        assertTrue(Merging.compatible(new DateValue(2024, 8, null), new DateValue(2024, 8, 5)));
        assertFalse(Merging.compatible(new DateValue(2024, 8, 6), new DateValue(2024, 8, 5)));
    }

    @Test
    void absorbKeepsTheRuleOfTheFirstMentionAndTheMostSpecificClass() {
        Candidate round = EventFixture.candidate("Meeting", NegotiationRounds.RULE);
        round.date = new DateValue(2024, 8, null);
        round.status = Event.Status.PLANNED;
        Candidate visit = EventFixture.candidate("Visit", Triggers.RULE);
        visit.date = new DateValue(2024, 8, 5);
        Merging.absorb(round, visit);
        assertEquals("Visit", round.eventClass);
        assertEquals(new DateValue(2024, 8, 5), round.date);
        assertEquals(Event.Status.OCCURRED, round.status);
        assertEquals(NegotiationRounds.RULE, round.extractor);
        assertEquals(NegotiationRounds.RULE, round.toEvent().extractor());
    }

    @Test
    void sameFamilyTriggersOfAClauseAreOneEvent() {
        Doc d = EventFixture.analyze("قصف صاروخي استهدف القاعدة.");
        Candidate first = attack("RocketAttack", 0);
        Candidate second = attack("Attack", 0);
        second.firstToken = 2;
        List<Candidate> merged = new ArrayList<>();
        merging.intoSentence(merged, first, d.tokens());
        merging.intoSentence(merged, second, d.tokens());
        assertEquals(List.of(first), merged);
        Candidate meeting = EventFixture.candidate("Meeting", Triggers.RULE);
        meeting.clause = 1;
        merging.intoSentence(merged, meeting, d.tokens());
        assertEquals(2, merged.size());
    }

    @Test
    void acrossTheDocument() {
        Candidate strike = attack("AirStrike", 0, "ain_al_asad");
        Candidate sameTarget = attack("Attack", 3, "ain_al_asad");
        Candidate other = attack("Attack", 4, "erbil_airport");
        Candidate again = attack("Attack", 5, "ain_al_asad");
        again.distinct = true; // "هجوم آخر"
        Candidate headline = attack("Attack", 0);
        headline.headline = true;
        List<Candidate> events = merging.acrossDocument(List.of(headline, strike, sameTarget, other, again));
        assertEquals(3, events.size(), events.toString());
        assertSame(strike, events.get(0));
        assertEquals("AirStrike", strike.eventClass);
        assertTrue(strike.targets.contains("ain_al_asad"));
        assertSame(other, events.get(1));
        assertSame(again, events.get(2));
    }

    @Test
    void aBareMentionRefersBackToTheLastOfItsClass() {
        Candidate visit = EventFixture.candidate("Visit", Triggers.RULE);
        Candidate meeting = EventFixture.candidate("Meeting", Triggers.RULE);
        meeting.sentence = 1;
        meeting.agents.add("iraq");
        Candidate theVisit = EventFixture.candidate("Visit", Triggers.RULE);
        theVisit.sentence = 2;
        theVisit.bare = true;
        List<Candidate> events = merging.acrossDocument(List.of(visit, meeting, theVisit));
        assertEquals(List.of(visit, meeting), events);
        assertEquals(0.8, visit.confidence, 1e-9);
    }
}
