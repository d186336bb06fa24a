package org.iraqkg.event;

import java.util.List;

/**
 * Negotiations as a process: the parties and the rounds of one document that belong to it. The key is made
 * from the parties, so rounds of the same talks in different documents share a track.
 */
public record NegotiationTrack(String key, List<String> parties) {
    public NegotiationTrack {
        parties = List.copyOf(parties);
    }
}
