package org.iraqkg.event;

import java.util.List;

import org.iraqkg.time.DateValue;

/**
 * A military or political event, with every place the document mentions it (merged into one event).
 *
 * @param mentions     where the text states it, first mention first
 * @param eventClass   ontology class ({@code RocketAttack}, {@code NegotiationRound}, ...)
 * @param cameo        CAMEO code
 * @param status       occurred, planned or negated
 * @param date         when, or {@code null}
 * @param dateText     the date expression, or {@code null}
 * @param agents       who did it
 * @param targets      what or whom it was aimed at
 * @param participants other parties (talks, meetings)
 * @param locations    where
 * @param claimedBy    who claimed it
 * @param killed       people killed, or {@code null}
 * @param wounded      people wounded, or {@code null}
 * @param round        ordinal of a negotiation round, or {@code null}
 * @param track        key of the negotiation track a round belongs to, or {@code null}
 * @param confidence   0..1
 * @param extractor    the rule that produced it
 */
public record Event(List<EventMention> mentions, String eventClass, String cameo, Status status, DateValue date,
                    String dateText, List<String> agents, List<String> targets, List<String> participants,
                    List<String> locations, List<String> claimedBy, Integer killed, Integer wounded, Integer round,
                    String track, double confidence, String extractor) {

    /** Whether the event happened, is planned or expected, or is reported as not having happened. */
    public enum Status { OCCURRED, PLANNED, NEGATED }

    public Event {
        mentions = List.copyOf(mentions);
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        participants = List.copyOf(participants);
        locations = List.copyOf(locations);
        claimedBy = List.copyOf(claimedBy);
    }

    public EventMention first() {
        return mentions.get(0);
    }
}
