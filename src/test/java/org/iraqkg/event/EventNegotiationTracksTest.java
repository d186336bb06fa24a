package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** Rounds linked into tracks keyed by their parties. */
class EventNegotiationTracksTest {
    @Test
    void roundsJoinTheTrackOfTheirParties() {
        Doc d = EventFixture.analyze("وبحث العراق والولايات المتحدة إنهاء مهمة التحالف الدولي.");
        Candidate first = EventFixture.candidate("NegotiationRound", NegotiationRounds.RULE);
        first.participants.add("usa");
        first.participants.add("iraq");
        Candidate unnamed = EventFixture.candidate("NegotiationRound", NegotiationRounds.RULE);
        Candidate attack = EventFixture.candidate("Attack", Triggers.RULE);
        attack.participants.add("usa");
        attack.participants.add("iraq");
        Map<String, NegotiationTrack> tracks = NegotiationTracks.of(List.of(first, unnamed, attack), d.entities());
        assertEquals(List.of("iraq--usa"), List.copyOf(tracks.keySet()));
        assertEquals(List.of("iraq", "usa"), tracks.get("iraq--usa").parties());
        assertEquals("iraq--usa", first.track);
        assertEquals("iraq--usa", unnamed.track, "a round without parties joins the document's track");
        assertNull(attack.track);
    }

    @Test
    void oneKnownPartyIsNoTrack() {
        Doc d = EventFixture.analyze("وبحث العراق إنهاء مهمة التحالف.");
        Candidate round = EventFixture.candidate("NegotiationRound", NegotiationRounds.RULE);
        round.participants.add("iraq");
        round.participants.add("someone_unknown");
        assertEquals(Map.of(), NegotiationTracks.of(List.of(round), d.entities()));
        assertNull(round.track);
    }
}
