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
        List<TimeExpression> sorted = new ArrayList<>(expressions);
        sorted.sort(java.util.Comparator.comparingInt(TimeExpression::firstToken));
        expressions = List.copyOf(sorted);
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
        int lo = 0;
        int hi = expressions.size();
        while (lo < hi) { // expressions are in text order
            int mid = (lo + hi) >>> 1;
            if (expressions.get(mid).firstToken() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < expressions.size() && expressions.get(k).firstToken() < to; k++) {
            out.add(expressions.get(k));
        }
        return out;
    }
}
