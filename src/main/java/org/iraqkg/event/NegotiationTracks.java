package org.iraqkg.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.lexicon.EntityType;

/**
 * Negotiation tracks: the rounds of a document are linked into tracks keyed by their parties (two or more known
 * states, coalitions, international organisations or armed groups, sorted: "iraq--usa"); a round whose parties
 * name no track joins the document's first track.
 */
final class NegotiationTracks {
    private NegotiationTracks() {}

    /** Sets the track of every round among {@code events}; the tracks by key. */
    static Map<String, NegotiationTrack> of(List<Candidate> events, Entities entities) {
        Map<String, NegotiationTrack> tracks = new HashMap<>();
        String docTrack = null;
        for (Candidate c : events) {
            if (!c.eventClass.equals("NegotiationRound")) {
                continue;
            }
            TreeSet<String> parties = new TreeSet<>();
            for (String p : c.participants) {
                if (trackParty(entities.get(p))) {
                    parties.add(p);
                }
            }
            for (String p : c.agents) {
                if (trackParty(entities.get(p))) {
                    parties.add(p);
                }
            }
            if (parties.size() >= 2) {
                String key = String.join("--", parties);
                tracks.putIfAbsent(key, new NegotiationTrack(key, new ArrayList<>(parties)));
                c.track = key;
                docTrack = docTrack == null ? key : docTrack;
            }
        }
        for (Candidate c : events) {
            if (c.eventClass.equals("NegotiationRound") && c.track == null) {
                c.track = docTrack;
            }
        }
        return tracks;
    }

    /** Parties that name a negotiation track: known states, coalitions and organisations. */
    static boolean trackParty(Entity e) {
        return e != null && e.known() && (e.type() == EntityType.COUNTRY
                || e.type() == EntityType.INTERNATIONAL_COALITION || e.type() == EntityType.INTERNATIONAL_ORGANIZATION
                || e.type() == EntityType.ARMED_GROUP);
    }
}
