package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** An event being built: its family, lemmas, reach, and the event it makes. */
class EventCandidateTest {
    @Test
    void families() {
        assertEquals("Attack", Candidate.family("DroneAttack"));
        assertEquals("Meeting", Candidate.family("Visit"));
        assertEquals("Agreement", Candidate.family("JointStatement"));
        assertEquals("Arrest", Candidate.family("Arrest"));
        assertTrue(EventFixture.candidate("Bombing", Triggers.RULE).isAttack());
    }

    @Test
    void theEventKeepsEverythingAndTheRuleId() {
        Doc d = EventFixture.analyze("ووقعت الضربات الجوية على مواقع التنظيم.");
        Candidate c = d.candidate("الضربات");
        c.agents.add("coalition");
        c.killed = 4;
        Event e = c.toEvent();
        assertEquals(Triggers.RULE, e.extractor());
        assertEquals(List.of("coalition"), e.agents());
        assertEquals(4, e.killed());
        assertEquals(c.eventClass, e.eventClass());
        assertEquals(c.mentions, e.mentions());
        assertTrue(c.lemmas().contains(EventLexicon.lemma("ضربات")), c.lemmas().toString());
    }

    @Test
    void reachIsBoundedBySentenceAndClauseReach() {
        Doc d = EventFixture.analyze("ووقعت الضربات الجوية على مواقع التنظيم.");
        Candidate c = d.candidate("الضربات");
        assertEquals(d.sentence().firstToken(), c.reachStart(d.sentence()));
        assertEquals(d.sentence().endToken(), c.reachEnd(d.sentence()));
    }
}
