package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** Agents, targets, participants, places and claimants of a trigger. */
class EventRolesTest {
    private final Roles roles = new Roles(EventFixture.WORDS);

    private Candidate assigned(String text, String trigger) {
        Doc d = EventFixture.analyze(text);
        Candidate c = d.candidate(trigger);
        roles.assign(d.text(), d.mentions(), d.entities(), d.statements(), c, d.sentence());
        return c;
    }

    @Test
    void theSubjectOfASupportVerbIsTheAgentAndThePlaceTheLocation() {
        Candidate c = assigned("شنت طائرات التحالف الدولي غارات جوية على مواقع في كركوك.", "غارات");
        assertTrue(c.agents.contains("coalition"), c.agents.toString());
        assertTrue(c.locations.contains("kirkuk"), c.locations.toString());
    }

    @Test
    void theSubjectOfTaarradaIsTheTarget() {
        Candidate c = assigned("وتعرضت قاعدة عين الأسد إلى قصف صاروخي.", "قصف");
        assertTrue(c.targets.contains("ain_al_asad"), c.targets.toString());
        assertFalse(c.agents.contains("ain_al_asad"));
    }

    @Test
    void whoClaimedIt() {
        Candidate c = assigned("ووقع هجوم على القوات العراقية، وتبنت مسؤوليته تنظيم داعش.", "هجوم");
        assertEquals(List.of("isis"), List.copyOf(c.claimedBy));
        assertTrue(c.agents.contains("isis"));
    }

    @Test
    void aVerbRightAfterANounTriggerIsItsRelativeClause() {
        Candidate noun = EventFixture.candidate("RocketAttack", Triggers.RULE);
        noun.firstToken = 0;
        noun.endToken = 2;
        Candidate verb = EventFixture.candidate("Attack", Triggers.RULE);
        verb.verb = true;
        verb.firstToken = 2;
        verb.endToken = 3;
        Roles.markRelatives(List.of(noun, verb));
        assertTrue(verb.relative);
        assertFalse(noun.relative);
    }
}
