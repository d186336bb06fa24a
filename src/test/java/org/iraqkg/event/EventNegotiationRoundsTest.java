package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** Negotiation rounds: the ordinal, the word for talks, planned next rounds, duals. */
class EventNegotiationRoundsTest {
    private static List<Candidate> rounds(String text) {
        Triggers triggers = new Triggers(EventFixture.WORDS);
        NegotiationRounds rounds = new NegotiationRounds(EventFixture.WORDS, triggers,
                new Modality(EventFixture.WORDS));
        Doc d = EventFixture.analyze(text);
        return rounds.find(d.text(), d.sentence(), d.clauses(), d.pieces());
    }

    @Test
    void anOrdinalRoundOfTalks() {
        List<Candidate> cs = rounds("وانطلقت الجولة الثالثة من المفاوضات بين بغداد وواشنطن.");
        assertEquals(1, cs.size());
        Candidate c = cs.get(0);
        assertEquals(3, c.round);
        assertEquals("NegotiationRound", c.eventClass);
        assertEquals("046", c.cameo);
        assertEquals(NegotiationRounds.RULE, c.extractor);
        assertEquals(0.85, c.confidence, 1e-9);
        assertEquals("الجولة الثالثة من المفاوضات", c.mentions.get(0).triggerText());
        assertEquals(Event.Status.OCCURRED, c.status);
    }

    @Test
    void theNextRoundIsPlanned() {
        Candidate c = rounds("وتعقد الجولة المقبلة من المحادثات في بغداد.").get(0);
        assertNull(c.round);
        assertEquals(Event.Status.PLANNED, c.status);
        assertEquals(0.75, c.confidence, 1e-9);
    }

    @Test
    void twoRoundsHaveNoOrdinal() {
        Candidate c = rounds("وعقد الجانبان جولتين من المفاوضات.").get(0);
        assertNull(c.round);
    }

    @Test
    void aRoundOfSomethingElseIsNoRound() {
        assertTrue(rounds("وقام الوزير بجولة في الأسواق.").isEmpty());
    }
}
