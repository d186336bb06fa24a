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
 * @param offsetDays for {@link Kind#AFTER_EVENT}: days after the event; for {@link Kind#BEFORE_EVENT}: days
 *                   before it
 * @param future     the value when the expression speaks of the future (a bare weekday: the next one, "يلتقي
 *                   السوداني، الخميس"); otherwise the same as {@code value}
 */
public record TimeExpression(Span span, String text, int firstToken, int endToken, DateValue value, Kind kind,
                             int offsetDays, DateValue future) {

    /**
     * What a time expression is anchored to: a date, the document's date, an event already mentioned ("بعده
     * بيومين"), the event that follows it ("بعد يومين من هجوم …": that event is {@code offsetDays} earlier than
     * the clause's own), or a future span ("خلال الأسبوعين المقبلين").
     */
    public enum Kind { ABSOLUTE, RELATIVE, AFTER_EVENT, BEFORE_EVENT, FUTURE }

    public TimeExpression withValue(DateValue v) {
        return new TimeExpression(span, text, firstToken, endToken, v, kind, offsetDays, v);
    }
}
