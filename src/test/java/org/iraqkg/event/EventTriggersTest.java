package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.TextAnalysis;
import org.junit.jupiter.api.Test;

/** Trigger words: the longest match, cue phrases that are not events, the candidate and its mention, weapons, clauses. */
class EventTriggersTest {
    private final Triggers triggers = new Triggers(EventFixture.WORDS);

    private List<Match<TriggerEntry>> find(Doc d) {
        Sentence s = d.sentence();
        return triggers.find(d.tokens(), s.firstToken(), s.endToken());
    }

    @Test
    void theLongestPhraseAtAPlaceIsTheTrigger() {
        Doc d = EventFixture.analyze("شنت طائرات التحالف الدولي غارات جوية على مواقع في كركوك.");
        Match<TriggerEntry> m = d.trigger("غارات");
        assertEquals(2, m.length());
        assertEquals("AirStrike", m.value().eventClass());
    }

    @Test
    void aPressConferenceIsNoTrigger() {
        Doc d = EventFixture.analyze("وقال الوزير في مؤتمر صحفي إن الحكومة ماضية في خططها.");
        assertTrue(find(d).stream().noneMatch(m -> m.value().eventClass().equals("Meeting")), find(d).toString());
    }

    @Test
    void theCandidateKeepsTheRuleItsTriggerAndItsSentenceAsEvidence() {
        String text = "ونددت الحكومة بالهجوم على القاعدة. ووصل الوزير إلى بغداد.";
        Doc d = EventFixture.analyze(text);
        Candidate c = d.candidate("بالهجوم");
        assertEquals(Triggers.RULE, c.extractor);
        assertEquals("ب", c.prefix);
        EventMention m = c.mentions.get(0);
        assertEquals("الهجوم", m.triggerText());
        assertTrue(m.evidenceText().contains("بالهجوم على القاعدة"), m.evidenceText());
        assertFalse(m.evidenceText().contains("بغداد"), m.evidenceText());
    }

    @Test
    void aReferringWordBeforeTheTriggerMakesItAnaphoric() {
        assertTrue(EventFixture.analyze("وأدى هذا الاستهداف إلى أضرار.").candidate("الاستهداف").anaphoric);
        assertFalse(EventFixture.analyze("وأدى الاستهداف إلى أضرار.").candidate("الاستهداف").anaphoric);
    }

    @Test
    void anAttackVerbWhoseSubjectNamesItsWeaponIsADroneOrRocketAttack() {
        Doc drone = EventFixture.analyze("واستهدفت طائرة مسيرة مقرا للحزب في السليمانية.");
        Candidate c = drone.candidate("واستهدفت");
        triggers.weapon(drone.tokens(), c, drone.sentence());
        assertEquals("DroneAttack", c.eventClass);
        assertEquals("1952", c.cameo);
        Doc rocket = EventFixture.analyze("واستهدفت صواريخ قاعدة عين الأسد.");
        Candidate r = rocket.candidate("واستهدفت");
        triggers.weapon(rocket.tokens(), r, rocket.sentence());
        assertEquals("RocketAttack", r.eventClass);
    }

    @Test
    void aCommaBeforeAConnectiveStartsAClause() {
        TextAnalysis t = TextAnalysis.of("قصفت الطائرات مواقع في كركوك، بينما هاجم مسلحون قرية.");
        Sentence s = t.sentences().get(0);
        int[] clauses = Triggers.clauseNumbers(t.tokens(), s);
        int bainama = 0;
        while (!t.tokens().get(bainama).text().equals("بينما")) {
            bainama++;
        }
        assertEquals(0, clauses[bainama - s.firstToken()]);
        assertEquals(1, clauses[bainama + 1 - s.firstToken()], "the words after the connective");
    }

    @Test
    void presentTenseVerbs() {
        TextAnalysis t = TextAnalysis.of("يجري وتعقد تم عقد");
        assertTrue(Triggers.isPresentTense(t.tokens().get(0)));
        assertTrue(Triggers.isPresentTense(t.tokens().get(1)));
        assertFalse(Triggers.isPresentTense(t.tokens().get(2)));
        assertFalse(Triggers.isPresentTense(t.tokens().get(3)));
    }
}
