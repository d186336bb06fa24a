package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.isAny;
import static org.iraqkg.event.EventLexicon.lemma;

import java.util.List;

import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Token;

/**
 * What a noun trigger tells of the event it names: whether it refers to one named before (bare: "الزيارة",
 * "زيارته"; not a count, "عشرات الهجمات"), whether it is another of the same kind ("هجوم آخر"), its lemma
 * and the word it governs ("تأجيل الإعلان"), which merging reads.
 */
final class References {
    private References() {}

    /** Sets bare, lemma, object and distinct of the candidate of trigger {@code m}. */
    static void describe(List<Token> tokens, Candidate c, Match<TriggerEntry> m, Sentence s) {
        int first = m.first();
        c.bare = !m.value().verb() && m.end() - m.first() == 1
                && (isDefinite(tokens.get(first), m.prefix().length())
                || hasPossessive(tokens.get(first), m.prefix().length(), m.phrase()));
        c.lemma = lemma(tokens.get(first).folded().substring(Math.min(m.prefix().length(),
                tokens.get(first).folded().length())));
        if (!m.value().verb() && m.end() < s.endToken() && !tokens.get(m.end()).isPunct()
                && !tokens.get(m.end()).isNumber()) {
            c.object = lemma(tokens.get(m.end()).folded());
        }
        // "عشرات الهجمات", "سلسلة من الهجمات": a count, not a reference back
        int q = first - 1;
        if (q > s.firstToken() && isAny(tokens.get(q), "من")) {
            q--;
        }
        if (q >= s.firstToken() && isAny(tokens.get(q), "عشرات", "مئات", "آلاف", "سلسلة", "العديد", "عدد", "بعض",
                "كل", "أكثر", "جميع", "موجة", "أولى", "آخر")) {
            c.bare = false;
        }
        // "هجوم مماثل", "هجوم آخر", "هجوم جديد": another event of the same kind
        if (!c.anaphoric && m.end() < s.endToken() && isAny(tokens.get(m.end()), "مماثل", "مماثلا", "مماثلة", "آخر", "أخرى",
                "جديد", "جديدا", "جديدة", "ثان", "ثانيا", "ثانية")) {
            c.distinct = true;
            c.bare = false;
        }
    }

    /** Definiteness of a token after its proclitics ({@code foldedPrefix} letters): "الضربة", "للضربة". */
    static boolean isDefinite(Token t, int foldedPrefix) {
        String f = t.folded();
        if (foldedPrefix > 0 && f.charAt(foldedPrefix - 1) == 'ل' && f.startsWith("ل", foldedPrefix)) {
            return true;
        }
        return f.startsWith("ال", foldedPrefix);
    }

    /** "زيارته", "هجماتها": a possessive pronoun makes a noun refer to an event already named. */
    static boolean hasPossessive(Token t, int foldedPrefix, String phrase) {
        String f = t.folded();
        String p = ArabicFolding.foldWord(phrase == null ? "" : phrase);
        if (p.isEmpty() || p.contains(" ")) {
            return false;
        }
        if (p.endsWith("ه") && !f.startsWith(p, foldedPrefix)) {
            p = p.substring(0, p.length() - 1) + "ت"; // "زيارة" + "ه" = "زيارته"
        }
        if (!f.startsWith(p, foldedPrefix)) {
            return false;
        }
        String rest = f.substring(foldedPrefix + p.length());
        return rest.equals("ه") && !p.endsWith("ه") || rest.equals("ها") || rest.equals("هم")
                || rest.equals("هما") || rest.equals("هن");
    }
}
