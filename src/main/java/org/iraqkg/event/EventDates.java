package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.isAny;

import java.util.List;

import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeExpression;
import org.iraqkg.time.TimeTagger;

/**
 * When each event happened, from the time stage's expressions: the nearest date of the sentence, preferring
 * one after the trigger in its clause, not an end point ("حتى مطلع 2017") nor the date of a "since" phrase about
 * something else; a future expression makes the event planned. Dates relative to another event: "بعد يومين من
 * هجوم …" (before that event), "وبعده بيومين" (after the event before), "تزامنا مع …" (the same day as the event
 * before it in the sentence), "… خلال الحرب" (the month of the event that happened during it).
 */
final class EventDates {
    private final EventLexicon words;

    EventDates(EventLexicon words) {
        this.words = words;
    }

    /** "تزامنا مع هجوم", "خلال الحرب": marks a trigger candidate simultaneous with, or lasting over, the event before. */
    void relation(List<Token> tokens, Candidate c, Sentence s) {
        int first = c.firstToken;
        for (int k = Math.max(s.firstToken(), first - 4); k < first; k++) {
            Match<String> sm = words.cues.at("simultaneous", tokens, k, first);
            if (sm != null && sm.end() >= first - 1) {
                c.simultaneous = true;
            }
            Match<String> dm = words.cues.at("during", tokens, k, first);
            if (dm != null && dm.end() == first) {
                c.during = true;
            }
        }
    }

    /** "وبعده بيومين" in tokens [a, b): the first candidate after it (in order) is the one it dates. */
    static void markAfterEventOwners(List<Candidate> sorted, DocumentTime time, int a, int b) {
        for (TimeExpression te : time.between(a, b)) {
            if (te.kind() == TimeExpression.Kind.AFTER_EVENT) {
                for (Candidate c : sorted) {
                    if (c.firstToken > te.firstToken()) {
                        c.afterEventOwner = true;
                        break;
                    }
                }
            }
        }
    }

    /** The date of a candidate of sentence {@code s}: the nearest expression, preferring one after the trigger. */
    static void anchor(List<Token> tokens, DocumentTime time, Candidate c, Sentence s) {
        int a = c.reachStart(s);
        int b = c.reachEnd(s);
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression te : time.between(a, b)) {
            if (te.kind() == TimeExpression.Kind.FUTURE) {
                c.status = c.status == Event.Status.NEGATED ? c.status : Event.Status.PLANNED;
                continue;
            }
            if (te.kind() == TimeExpression.Kind.BEFORE_EVENT) {
                if (te.endToken() == c.firstToken) {
                    c.beforeEvent = te; // "بعد يومين من هجوم …"
                }
                continue;
            }
            if (te.firstToken() > 0 && isAny(tokens.get(te.firstToken() - 1), "حتى", "لغاية", "غاية", "بحلول")
                    || te.firstToken() > 1 && isAny(tokens.get(te.firstToken() - 2), "حتى", "لغاية", "بحلول")
                    && isAny(tokens.get(te.firstToken() - 1), "مطلع", "نهاية", "منتصف", "أواخر", "بداية")) {
                continue; // "حتى مطلع 2017": an end point
            }
            if (insideSincePhrase(tokens, te, a)) {
                continue; // "منذ توليه منصبه في أكتوبر 2022": the date of another event
            }
            boolean after = te.firstToken() >= c.endToken;
            // "… في 20 يونيو، خلال الحرب": the date of the event that happened during this one; but a meeting
            // lasts a day or a few, so "أعلن … الثلاثاء خلال اجتماع" dates the meeting too
            if (!after && (c.during || c.simultaneous) && !c.family().equals("Meeting")) {
                continue;
            }
            int from = after ? c.endToken : te.endToken();
            int to = after ? te.firstToken() : c.firstToken;
            int punct = 0;
            for (int k = from; k < to; k++) {
                if (tokens.get(k).isPunct("،,؛;:")) {
                    punct++;
                }
            }
            int gap = to - from;
            int d = (after ? gap : 2 * gap + 1) + 6 * punct;
            if (d < bestDistance) {
                bestDistance = d;
                best = te;
            }
        }
        if (c.bare && best != null && bestDistance <= 8) {
            c.bare = false; // "عادت للاجتماع … في 27 يناير": its own date, not a reference back
        }
        if (best != null && bestDistance <= 30 && !c.anaphoric && !c.bare) {
            if (best.kind() == TimeExpression.Kind.AFTER_EVENT) {
                if (c.afterEventOwner) {
                    c.afterEvent = best;
                }
            } else if (best.value() != null) {
                c.date = c.status == Event.Status.PLANNED && best.future() != null ? best.future() : best.value();
                c.dateText = best.text();
            }
        }
    }

    /** "منذ توليه منصبه في أكتوبر 2022": a date inside a "since" phrase about something else. */
    static boolean insideSincePhrase(List<Token> tokens, TimeExpression te, int sentenceStart) {
        int first = te.firstToken();
        // "منذ منتصف أكتوبر": the since-date of the event itself
        while (first > sentenceStart && isAny(tokens.get(first - 1), "منتصف", "مطلع", "بداية", "بدايات", "أوائل",
                "أواخر", "نهاية", "أواسط", "أول", "مساء", "صباح", "فجر", "ليلة")) {
            first--;
        }
        for (int k = first - 2; k >= Math.max(sentenceStart, first - 5); k--) {
            if (tokens.get(k).isPunct()) {
                return false;
            }
            if (isAny(tokens.get(k), "منذ", "ومنذ")) {
                return true;
            }
        }
        return false;
    }

    /** Dates the events of one sentence (merged, in order) take from one another. */
    static void withinSentence(List<Candidate> merged) {
        Candidate dated = null;
        for (Candidate c : merged) {
            if (c.simultaneous && c.date == null && dated != null) {
                c.date = dated.date;
                c.dateText = dated.dateText;
            } else if (c.during && c.date == null && dated != null && dated.date.month() != null) {
                // it lasted longer than the event that happened during it: the month, not the day
                c.date = new DateValue(dated.date.year(), dated.date.month(), null);
                c.dateText = dated.dateText;
            }
            if (c.date != null) {
                dated = c;
            }
        }
        for (Candidate c : merged) {
            if (c.beforeEvent != null) {
                for (Candidate d : merged) {
                    if (d != c && d.date != null && d.beforeEvent == null) {
                        c.date = TimeTagger.after(d.date, -c.beforeEvent.offsetDays());
                        c.dateText = c.beforeEvent.text();
                        break;
                    }
                }
            }
        }
    }

    /** Dates relative to the previous dated event of the document: "وبعده بيومين". */
    static void afterPrevious(List<Candidate> found) {
        Candidate previous = null;
        for (Candidate c : found) {
            if (c.afterEvent != null && previous != null && previous.date != null) {
                c.date = TimeTagger.after(previous.date, c.afterEvent.offsetDays());
                c.dateText = c.afterEvent.text();
            }
            if (c.date != null) {
                previous = c;
            }
        }
    }
}
