package org.iraqkg.time;

import org.iraqkg.text.Span;

/**
 * A date expression of the text and what it resolves to.
 *
 * @param span       original offsets
 * @param text       exact text
 * @param firstToken first token
 * @param endToken   token after the expression
 * @param value      the resolved date, or {@code null} when the text does not allow one
 * @param kind       absolute ("5 أغسطس 2024"), relative to the document's date ("أمس", "الشهر الجاري"),
 *                   relative to an event already mentioned ("بعده بيومين"), or a future span
 *                   ("خلال الأسبوعين المقبلين")
 * @param offsetDays for {@link Kind#AFTER_EVENT}: days after the event
 */
public record TimeExpression(Span span, String text, int firstToken, int endToken, DateValue value, Kind kind,
                             int offsetDays) {

    /** What a time expression is anchored to. */
    public enum Kind { ABSOLUTE, RELATIVE, AFTER_EVENT, FUTURE }

    public TimeExpression withValue(DateValue v) {
        return new TimeExpression(span, text, firstToken, endToken, v, kind, offsetDays);
    }
}
