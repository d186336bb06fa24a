package org.iraqkg.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time stage's result: the document's reference date (publication date, or what the text allows one to
 * infer: a year, maybe a month) and its date expressions, resolved against it.
 *
 * @param reference   the reference date, possibly reduced precision, or {@code null}
 * @param published   true when the reference is the publication date from the metadata
 * @param expressions date expressions in text order
 */
public record DocumentTime(DateValue reference, boolean published, List<TimeExpression> expressions) {

    public DocumentTime {
        expressions = List.copyOf(expressions);
    }

    /** The reference date as a full date, when known to the day. */
    public LocalDate referenceDay() {
        return reference == null ? null : reference.toLocalDate();
    }

    /** A date to look role holders up with: the reference day, or the middle of its month or year. */
    public LocalDate approximateDay() {
        if (reference == null || reference.year() == null) {
            return null;
        }
        if (reference.month() == null) {
            return LocalDate.of(reference.year(), 7, 1);
        }
        return LocalDate.of(reference.year(), reference.month(), reference.day() == null ? 15 : reference.day());
    }

    /** Expressions whose first token is in [from, to). */
    public List<TimeExpression> between(int from, int to) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : expressions) {
            if (e.firstToken() >= from && e.firstToken() < to) {
                out.add(e);
            }
        }
        return out;
    }
}
