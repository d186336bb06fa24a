package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.CLAUSE_REACH;
import static org.iraqkg.event.EventLexicon.FUTURE_VERB;
import static org.iraqkg.event.EventLexicon.isAny;

import java.util.List;

import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Token;

/**
 * Whether a trigger tells of an event at all, and its status. Not events: intended actions ("سارعت … لاستئناف
 * المفاوضات"), feared or guessed ones ("يتخوف مختصون أن …"), habitual ones ("لا يزال يشن هجمات") and cessations
 * ("توقفها عن استهداف"). Negated: "عدم", "لم", "نافيا حدوث". Planned: "ستكون", "من المتوقع", "سيجرون", and an
 * intention a few words before ("استعدادها لتوقيع" after a comma).
 */
final class Modality {
    private final EventLexicon words;

    Modality(EventLexicon words) {
        this.words = words;
    }

    /** Whether trigger {@code m} names a real event here; sets the status of its candidate. */
    boolean keep(List<Token> tokens, Candidate c, Match<TriggerEntry> m, Sentence s) {
        int first = m.first();
        int clauseStart = first;
        while (clauseStart > s.firstToken() && clauseStart > first - CLAUSE_REACH
                && !tokens.get(clauseStart - 1).isPunct("،,؛;:\"«»“”")) {
            clauseStart--;
        }
        // intended, not done: "سارعت الحكومة … لاستئناف", "استعدادها لتوقيع", "لبحث"
        for (int k = Math.max(s.firstToken(), first - 4); k < first; k++) {
            if (words.cues.is("intention", tokens, k, first)) {
                if (m.prefix().endsWith("ل") || k == first - 1) {
                    return false;
                }
                c.status = Event.Status.PLANNED;
            }
        }
        if (m.prefix().endsWith("ل") && first > s.firstToken() && isAny(tokens.get(first - 1), "سارع", "سارعت",
                "يسعى", "تسعى", "سعى", "سعت", "دعا", "دعت", "يدعو", "تدعو", "طالب", "طالبت")) {
            return false;
        }
        // feared or guessed, not reported: "يتخوف مختصون أن يقوم التنظيم بتنفيذ هجمات كبيرة"
        for (int k = clauseStart; k < first; k++) {
            if (words.cues.is("speculation", tokens, k, first)) {
                return false;
            }
        }
        // habitual or ongoing background: "لا يزال داعش يشن … هجمات"
        for (int k = clauseStart; k < first; k++) {
            if (isAny(tokens.get(k), "يزال", "تزال", "زال", "زالت", "يشن", "تشن")
                    && k > s.firstToken() && isAny(tokens.get(k - 1), "لا", "ما")) {
                return false;
            }
        }
        // stopped doing it: "توقفها عن استهداف"
        if (first >= 2 && isAny(tokens.get(first - 1), "عن") && tokens.get(first - 2).folded().startsWith("توقف")) {
            return false;
        }
        // negated: "عدم", "لم", "نافيا حدوث"
        for (int k = clauseStart; k < first; k++) {
            if (words.cues.is("negation", tokens, k, first) && (k >= first - 3 || isAny(tokens.get(k), "عدم"))) {
                c.status = Event.Status.NEGATED;
            }
        }
        // future: "ستكون", "من المتوقع", "سيجرون", "خلال الأسبوعين المقبلين"
        int clauseEnd = first;
        while (clauseEnd < s.endToken() && clauseEnd < first + CLAUSE_REACH && !tokens.get(clauseEnd).isPunct("،,؛;.")) {
            clauseEnd++;
        }
        for (int k = Math.max(clauseStart, first - 4); k < Math.min(clauseEnd, m.end() + 5); k++) {
            if (c.status != Event.Status.NEGATED && (words.cues.is("future", tokens, k, clauseEnd)
                    || FUTURE_VERB.matcher(tokens.get(k).folded()).matches() && isVerbish(tokens.get(k)))) {
                c.status = Event.Status.PLANNED;
            }
        }
        return true;
    }

    /**
     * The status of a negotiation round of tokens [first, end): planned when its clause, from three words
     * before it, tells of the future ("ستكون", "من المتوقع بدء").
     */
    void round(List<Token> tokens, Candidate c, int first, int end, Sentence s) {
        int clauseEnd = end;
        while (clauseEnd < s.endToken() && !tokens.get(clauseEnd).isPunct("،,؛;.")) {
            clauseEnd++;
        }
        for (int k = Math.max(s.firstToken(), first - 3); k < clauseEnd; k++) {
            if (words.cues.is("future", tokens, k, clauseEnd) || FUTURE_VERB.matcher(tokens.get(k).folded()).matches()
                    && isVerbish(tokens.get(k))) {
                c.status = Event.Status.PLANNED;
            }
        }
    }

    /** A word that may be a future verb, not "سياسة", "ساعات", "سنوات". */
    static boolean isVerbish(Token t) {
        String f = t.folded();
        return f.length() >= 4 && !f.startsWith("سيا") && !f.startsWith("ساع") && !f.startsWith("سنو");
    }
}
