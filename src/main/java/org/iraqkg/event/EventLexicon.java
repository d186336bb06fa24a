package org.iraqkg.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.iraqkg.lexicon.ActorEntry;
import org.iraqkg.lexicon.Cues;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.NumberWord;
import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Clitics;
import org.iraqkg.text.Numbers;
import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.Token;

/**
 * The words the event rules read, built once from the {@link Lexicon}: trigger phrases ({@code
 * event-triggers.tsv}, nouns and verbs apart), the cue lists of {@code cues.tsv}, ordinal and cardinal number
 * words, and which place of the lexicon lies in which. Also the word tests every part shares.
 */
final class EventLexicon {
    /** A future verb: "سيجرون", "ستكون", "وسيعقد". */
    static final Pattern FUTURE_VERB = Pattern.compile("^[وف]?س[يتنا][^\\s]{2,}$");
    /** How far arguments are looked for from a trigger before the edge of a clause. */
    static final int ARG_WINDOW = 8;
    /** How far rules look for the edge of a clause: bounds the work per trigger in text without punctuation. */
    static final int CLAUSE_REACH = 60;

    final PhraseMatcher<TriggerEntry> nouns;
    final PhraseMatcher<TriggerEntry> verbs;
    final Cues cues;
    /** A place's parent in the lexicon ("القائم" → الأنبار), by key. */
    final Map<String, String> placeParent = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final Map<String, Integer> cardinals = new HashMap<>();

    EventLexicon(Lexicon lexicon) {
        for (NumberWord n : lexicon.numbers()) {
            (n.ordinal() ? ordinals : cardinals).put(ArabicFolding.foldString(n.word()), n.value());
        }
        Predicate<Token> isNumber = t -> t.isNumber() || cardinals.containsKey(t.folded());
        nouns = new PhraseMatcher<>(PhraseMatcher.Options.NOUNS, isNumber);
        verbs = new PhraseMatcher<>(PhraseMatcher.Options.VERBS, isNumber);
        for (TriggerEntry t : lexicon.triggers()) {
            (t.verb() ? verbs : nouns).add(t.phrase(), t);
        }
        this.cues = new Cues(lexicon);
        for (ActorEntry e : lexicon.actors().values()) {
            String parent = !e.prop("locatedIn").isEmpty() ? e.prop("locatedIn") : e.country();
            if (e.type().isPlace() && parent != null && !parent.isEmpty() && !parent.equals(e.key())) {
                placeParent.put(e.key(), parent);
            }
        }
    }

    /** The value of a number token, in digits or words ("خمسة", "الثلاثة"), or null. */
    Integer number(Token t) {
        if (t.isNumber()) {
            return Numbers.intValue(t);
        }
        return cardinals.get(Clitics.withoutArticle(t.folded()));
    }

    /** Words before a place name that put what happened in (or near) it. */
    private static final String[] LOCATIVE_WORDS = {"في", "وفي", "بـ", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب",
        "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بمدينة", "بمحافظة"};
    /** Words of a distance before a direction: "12 كلم غرب كركوك" is away from Kirkuk. */
    private static final String[] DISTANCE_UNITS = {"كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "ميلا", "أميال",
        "مترا"};

    /**
     * Whether the place mention starting at token {@code first}, with the proclitics {@code prefix}, is in a
     * locative phrase ("في الموصل", "بالأنبار", "قرب كركوك", "غرب الرمادي").
     */
    static boolean locative(List<Token> tokens, int first, String prefix) {
        Token prev = first > 0 ? tokens.get(first - 1) : null;
        return prefix.endsWith("ب") || isAny(prev, LOCATIVE_WORDS);
    }

    /** "تبعد 12 كلم غرب عمان": a direction after a distance before the place at {@code first}: away from it. */
    static boolean distanceFrom(List<Token> tokens, int first) {
        return first >= 2 && !isAny(tokens.get(first - 1), "في", "وفي", "داخل")
                && isAny(tokens.get(first - 2), DISTANCE_UNITS);
    }

    /** Whether a token is one of the words, folded. */
    static boolean isAny(Token t, String... ws) {
        if (t == null) {
            return false;
        }
        for (String w : ws) {
            if (t.folded().equals(ArabicFolding.foldWord(w))) {
                return true;
            }
        }
        return false;
    }

    /** A trigger word without clitics, article and pronoun suffix: "الضربات" and "ضرباتها" → "ضربات". */
    static String lemma(String folded) {
        String w = folded;
        for (Clitics.Reading r : Clitics.readings(folded)) {
            if (r.stem().length() < w.length() && r.stem().length() >= 3) {
                w = r.stem();
            }
        }
        w = Clitics.withoutArticle(w);
        List<String> bases = Clitics.withoutSuffix(w);
        if (bases.isEmpty()) {
            return w;
        }
        String base = bases.get(0);
        // "زيارته" → "زيارت" → "زيار", as "الزيارة" → "زيار"; not the plural "ضرباتها" → "ضربات"
        if (base.endsWith("ت") && !base.endsWith("ات") && base.length() >= 4) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
