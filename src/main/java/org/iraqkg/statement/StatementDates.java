package org.iraqkg.statement;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.text.Sentence;
import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeExpression;

/**
 * When a statement was made: a date expression of its attribution clause (after the verb, read by the clause
 * rule; or before it, here), else the date of the speaker's statement just before, else the publication date.
 */
final class StatementDates {
    /** How far before its verb an attribution clause's date may stand. */
    static final int BEFORE_VERB = 8;

    private final StatementLexicon words;

    StatementDates(StatementLexicon words) {
        this.words = words;
    }

    /**
     * A statement whose attribution clause names no time was said on or before the day the article was
     * published: it takes the publication date (at its precision), without a date text. Documents without
     * a publication date leave such statements undated.
     */
    static List<Statement> datedByPublication(List<Statement> statements, DocumentTime time) {
        if (time == null || !time.published() || time.reference() == null) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            out.add(st.date() != null ? st : st.withDate(time.reference(), null));
        }
        return out;
    }

    /**
     * A date expression of the attribution clause before its verb: "وفي خطابه الأربعاء، أقر …", "وأمس، قال …". The
     * nearest one within {@link #BEFORE_VERB} words before the verb, not inside a quotation, with no other
     * reporting verb between, and one that says a day (not a span of time such as "منذ 2014").
     */
    TimeExpression beforeVerb(List<Token> tokens, DocumentTime time, Quotations quotes, Sentence s, int verb) {
        TimeExpression best = null;
        for (TimeExpression te : time.between(Math.max(s.firstToken(), verb - BEFORE_VERB), verb)) {
            if (quotes.inQuote(te.firstToken()) || te.value() == null
                    || te.value().precision() != DateValue.Precision.DAY
                    || te.kind() != TimeExpression.Kind.RELATIVE && te.kind() != TimeExpression.Kind.ABSOLUTE) {
                continue;
            }
            boolean verbBetween = false;
            for (int k = te.endToken(); k < verb; k++) {
                if (words.verbAt(tokens, k, verb)) {
                    verbBetween = true;
                }
            }
            if (!verbBetween) {
                best = te;
            }
        }
        return best;
    }

    /** The time expression that starts at token {@code pos}, or null. */
    static TimeExpression at(DocumentTime time, int pos) {
        for (TimeExpression e : time.expressions()) {
            if (e.firstToken() == pos) {
                return e;
            }
            if (e.firstToken() > pos) {
                break;
            }
        }
        return null;
    }
}
