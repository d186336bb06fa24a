package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.isAny;

import java.util.ArrayList;
import java.util.List;

import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Trigger words ({@code event-triggers.tsv}): the longest noun or verb phrase at each place of a sentence,
 * outside cue phrases that are not events ("في لقاء مع", "في مؤتمر صحفي", relay phrases). Each becomes a
 * {@link Candidate} of rule {@code event.Trigger} with its mention and evidence (the clause holding it); an
 * attack verb whose subject names a weapon becomes a drone or rocket attack. Also the clause numbers of a
 * sentence, which the merging of one clause's triggers reads.
 */
final class Triggers {
    static final String RULE = "event.Trigger";
    private static final String[] NOT_EVENT_CUES = {"interview", "televised", "written", "press", "social", "relay"};

    private final EventLexicon words;

    Triggers(EventLexicon words) {
        this.words = words;
    }

    /** The trigger matches of tokens [a, b) left to right, the longest at each place, none in a cue phrase. */
    List<Match<TriggerEntry>> find(List<Token> tokens, int a, int b) {
        boolean[] blocked = blockedTokens(tokens, a, b);
        List<Match<TriggerEntry>> out = new ArrayList<>();
        for (Match<TriggerEntry> m : matches(tokens, a, b)) {
            if (!blocked[m.first() - a]) {
                out.add(m);
            }
        }
        return out;
    }

    private List<Match<TriggerEntry>> matches(List<Token> tokens, int a, int b) {
        List<Match<TriggerEntry>> all = new ArrayList<>();
        int i = a;
        while (i < b) {
            List<Match<TriggerEntry>> ms = new ArrayList<>(words.nouns.matchesAt(tokens, i, b));
            ms.addAll(words.verbs.matchesAt(tokens, i, b));
            if (ms.isEmpty()) {
                i++;
                continue;
            }
            Match<TriggerEntry> best = ms.get(0);
            for (Match<TriggerEntry> m : ms) {
                if (m.length() > best.length()) {
                    best = m;
                }
            }
            all.add(best);
            i = best.end();
        }
        return all;
    }

    /** Tokens inside cue phrases that are not events ("في لقاء مع", "في مقابلة مع", relay phrases). */
    private boolean[] blockedTokens(List<Token> tokens, int a, int b) {
        boolean[] blocked = new boolean[b - a];
        for (String kind : NOT_EVENT_CUES) {
            for (Match<String> m : words.cues.find(kind, tokens, a, b)) {
                for (int k = m.first(); k < m.end(); k++) {
                    blocked[k - a] = true;
                }
            }
        }
        return blocked;
    }

    /**
     * The candidate of a trigger match of sentence {@code s}: a headline's when {@code s} ends by {@code
     * headlineEnd}; planned when the trigger is marked so or is a verb in the present tense.
     */
    Candidate candidate(TextAnalysis text, Match<TriggerEntry> m, Sentence s, int[] clauses, List<Span> pieces,
                        int headlineEnd) {
        Candidate c = candidate(text, m.first(), m.end(), m.value().eventClass(), m.value().cameo(), m.prefix(), s,
                clauses, pieces);
        c.extractor = RULE;
        c.prefix = m.prefix();
        c.verb = m.value().verb();
        c.headline = s.span().end() <= headlineEnd;
        if (m.value().planned() || m.value().verb() && isPresentTense(text.tokens().get(m.first()))) {
            c.status = Event.Status.PLANNED;
        }
        return c;
    }

    /**
     * A candidate of tokens [first, end) of sentence {@code s}, with its mention: the trigger (after the
     * proclitics {@code prefix}) and the clause of {@code pieces} that holds it as evidence. "هذا الاستهداف" and
     * "الضربة ذاتها" refer back (anaphoric).
     */
    Candidate candidate(TextAnalysis text, int first, int end, String cls, String cameo, String prefix,
                        Sentence s, int[] clauses, List<Span> pieces) {
        List<Token> tokens = text.tokens();
        Candidate c = new Candidate();
        c.eventClass = cls;
        c.cameo = cameo;
        c.firstToken = first;
        c.endToken = end;
        c.sentence = s.index();
        c.clause = clauses[first - s.firstToken()];
        int tb = tokens.get(first).begin();
        if (!prefix.isEmpty()) {
            tb = text.folded().originalStart(tokens.get(first).foldedBegin() + prefix.length());
        }
        Span trigger = new Span(tb, tokens.get(end - 1).end());
        Span evidence = s.span();
        for (Span p : pieces) {
            if (p.contains(trigger.begin())) {
                evidence = p;
                break;
            }
        }
        c.mentions.add(new EventMention(trigger, text.text(trigger), evidence, text.text(evidence)));
        // "هذا الاستهداف", "الضربة" alone refer back
        if (first > 0 && words.cues.is("anaphor", tokens, first - 1, first)) {
            c.anaphoric = true;
            c.demonstrative = words.cues.is("demonstrative", tokens, first - 1, first);
        }
        if (end < tokens.size() && words.cues.is("anaphor", tokens, end, end + 1)) {
            c.anaphoric = true;
        }
        return c;
    }

    /**
     * The subject of an attack verb that names its weapon: "استهدفت طائرة مسيرة …" and "طائرات مسيرة مجهولة قد
     * استهدفت …" are drone attacks, "سقطت صواريخ …" rocket attacks. Other candidates are left alone.
     */
    void weapon(List<Token> tokens, Candidate c, Sentence s) {
        if (!c.verb || !c.eventClass.equals("Attack")) {
            return;
        }
        int from = c.firstToken;
        while (from > s.firstToken() && from > c.firstToken - 5 && !tokens.get(from - 1).isPunct()) {
            from--;
        }
        int to = c.endToken;
        while (to < s.endToken() && to < c.endToken + 4 && !tokens.get(to).isPunct()) {
            to++;
        }
        for (int k = from; k < to; k++) {
            if (k >= c.firstToken && k < c.endToken) {
                continue;
            }
            if (words.cues.at("drone-weapon", tokens, k, to) != null) {
                c.eventClass = "DroneAttack";
                c.cameo = "1952";
                return;
            }
            if (words.cues.at("rocket-weapon", tokens, k, to) != null) {
                c.eventClass = "RocketAttack";
                c.cameo = "194";
                return;
            }
        }
    }

    /**
     * The clause number of each token of a sentence (index: token - first token of the sentence), computed once
     * per sentence: a comma before "كما", "بينما", "فيما", "في حين", "لكن" … starts a clause.
     */
    static int[] clauseNumbers(List<Token> tokens, Sentence s) {
        int[] numbers = new int[s.endToken() - s.firstToken() + 1];
        int clause = 0;
        for (int k = s.firstToken() + 1; k <= s.endToken(); k++) {
            numbers[k - s.firstToken()] = clause;
            if (k < s.endToken() && tokens.get(k - 1).isPunct("،,؛;") && (isAny(tokens.get(k), "كما", "بينما",
                    "فيما", "لكن", "ولكن", "إلا", "ثم", "حيث", "وسط", "غير", "تزامنا", "بالتزامن", "بعد", "قبل",
                    "عقب") || isAny(tokens.get(k), "في") && k + 1 < s.endToken() && isAny(tokens.get(k + 1),
                    "حين", "المقابل", "وقت"))) {
                clause++;
            }
        }
        return numbers;
    }

    /** Tokens already covered by candidates of a sentence. */
    static boolean[] tokensTaken(List<Candidate> cs) {
        int max = 0;
        for (Candidate c : cs) {
            max = Math.max(max, c.endToken);
        }
        boolean[] taken = new boolean[max + 1];
        for (Candidate c : cs) {
            for (int k = c.firstToken; k < c.endToken; k++) {
                taken[k] = true;
            }
        }
        return taken;
    }

    /** "يجري", "تعقد" (not "تم"): a verb in the present tense tells of what is planned. */
    static boolean isPresentTense(Token t) {
        String f = t.folded();
        String w = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
        return w.startsWith("ي") || w.startsWith("ت") && !w.startsWith("تم");
    }
}
