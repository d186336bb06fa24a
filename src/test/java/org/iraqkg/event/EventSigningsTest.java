package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** Signings: a signing verb with what was signed a few words after it. */
class EventSigningsTest {
    private static final Signings SIGNINGS = new Signings(EventFixture.WORDS, new Triggers(EventFixture.WORDS));

    private static List<Candidate> signings(Doc d, boolean[] taken) {
        return SIGNINGS.find(d.text(), d.sentence(), d.clauses(), d.pieces(), taken);
    }

    @Test
    void aSigningVerbWithWhatWasSigned() {
        List<Candidate> cs = signings(EventFixture.analyze("ووقع الجانبان مذكرات تفاهم في مجال الطاقة."), new boolean[0]);
        assertEquals(1, cs.size());
        Candidate c = cs.get(0);
        assertEquals("Agreement", c.eventClass);
        assertEquals("057", c.cameo);
        assertEquals(Signings.RULE, c.extractor);
        assertTrue(c.verb);
    }

    @Test
    void noObjectNoSigning() {
        assertTrue(signings(EventFixture.analyze("ووقع الانفجار قرب السوق."), new boolean[0]).isEmpty());
    }

    @Test
    void aVerbAnotherRuleTookIsNoSigning() {
        Doc d = EventFixture.analyze("ووقع الجانبان مذكرات تفاهم في مجال الطاقة.");
        boolean[] taken = new boolean[d.tokens().size()];
        taken[d.token("ووقع")] = true;
        assertTrue(signings(d, taken).isEmpty());
    }
}
