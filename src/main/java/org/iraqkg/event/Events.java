package org.iraqkg.event;

import java.util.List;

/** The event stage's result: the events of a document and the negotiation tracks its rounds belong to. */
public record Events(List<Event> events, List<NegotiationTrack> tracks) {
    public Events {
        events = List.copyOf(events);
        tracks = List.copyOf(tracks);
    }
}
