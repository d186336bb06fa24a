package org.iraqkg.entity;

import org.iraqkg.text.Span;

/**
 * A span of text resolved to an entity.
 *
 * @param span       original offsets
 * @param text       exact text
 * @param firstToken first token
 * @param endToken   token after the span
 * @param entityId   the entity
 * @param kind       how the span refers: by name, by title, by family name, by a head word ("الخلية"), or as a
 *                   metonym (a capital for
 *                   its government)
 * @param confidence 0..1
 * @param detector   the rule that found and resolved it
 */
public record EntityMention(Span span, String text, int firstToken, int endToken, String entityId, Kind kind,
                            double confidence, String detector) {

    /** How a span refers to its entity. */
    public enum Kind { NAME, TITLE, FAMILY_NAME, METONYM, REFERENCE }
}
