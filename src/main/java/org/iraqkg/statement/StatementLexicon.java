package org.iraqkg.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.Cues;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.NationalityEntry;
import org.iraqkg.lexicon.ReportingVerb;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * The words the statement rules read, built once from the {@link Lexicon}: reporting verbs, the cue lists of
 * {@code cues.tsv}, nationality adjectives, and the few closed word classes of attribution clauses (adverbs,
 * prepositions, the nouns of a communiqué). Also the word tests every rule family shares.
 */
final class StatementLexicon {
    private static final String[] CHANNELS = {"interview", "televised", "written", "press", "social"};

    final PhraseMatcher<ReportingVerb> verbs = new PhraseMatcher<>(PhraseMatcher.Options.VERBS);
    final Cues cues;
    final Lexicon lexicon;
    /** Verbs whose object may be the reported words: "أعلن انتهاء …". */
    final Set<String> objectVerbs = words("أعلن", "أكد", "نفى", "كشف", "اعترف", "رفض", "جدد");
    /**
     * Verbs whose prepositional object may be the reported words, with the prepositions that introduce it:
     * "أفاد المرصد بمقتل …", "تحدث عن "ضبط أسلحة"", "أقر بوجود فساد", "أشارت إلى إصابة …", "أعرب عن قلقه …".
     */
    final Map<String, Set<String>> prepositionalObjects = Map.of(
            ArabicFolding.foldString("أفاد"), words("عن", "ب"),
            ArabicFolding.foldString("تحدث"), words("عن"),
            ArabicFolding.foldString("أبلغ"), words("عن", "ب"),
            ArabicFolding.foldString("أشار"), words("إلى"),
            ArabicFolding.foldString("أقر"), words("ب"),
            ArabicFolding.foldString("اعترف"), words("ب"),
            ArabicFolding.foldString("تعهد"), words("ب"),
            ArabicFolding.foldString("أعرب"), words("عن"),
            ArabicFolding.foldString("حذر"), words("من"),
            ArabicFolding.foldString("شدد"), words("على"));
    final Set<String> adverbs = words("قد", "أيضا", "كذلك", "بدوره", "بدورها", "من جهته", "من جهتها", "من جانبه",
            "من جانبها", "اليوم", "أمس", "مجددا", "بدورهم", "رسميا", "مؤخرا", "حينها", "لاحقا");
    final Set<String> statementNouns = words("بيان", "البيان", "بيانا");
    final Set<String> fromWords = words("عن", "صدر", "صادر", "الصادر");
    final Set<String> prepositions = words("في", "على", "خلال", "منذ", "أثناء", "عقب", "بعد", "قبل", "لدى", "عند",
            "حتى", "عبر", "من", "مع", "إلى");
    final Set<String> adjunctOpeners = words("أثناء", "خلال", "عقب", "لدى", "عند", "إثر");
    /** Calls, threats and descriptions: statements only with quoted (or, for وصف, reported) words. */
    final Set<String> callVerbs = words("دعا", "طالب", "توعد", "هدد", "وصف", "حمل");
    final Set<String> timePositions = words("نهاية", "مطلع", "منتصف", "أواخر", "أوائل", "بداية", "أواسط", "مساء",
            "صباح", "ليل", "فجر", "ظهر");
    /** Nationality adjectives, with and without the article ("أمريكي", "الأمريكي"): the country. */
    private final PhraseMatcher<String> nationalities = new PhraseMatcher<>(PhraseMatcher.Options.NAMES);

    StatementLexicon(Lexicon lexicon) {
        for (ReportingVerb v : lexicon.reportingVerbs()) {
            verbs.add(v.form(), v);
        }
        this.cues = new Cues(lexicon);
        this.lexicon = lexicon;
        for (NationalityEntry n : lexicon.nationalities()) {
            nationalities.add(n.adjective(), n.country());
            String f = n.adjective().strip();
            if (f.startsWith("ال") && f.length() > 4) {
                nationalities.add(f.substring(2), n.country());
            }
        }
    }

    private static Set<String> words(String... ws) {
        Set<String> out = new HashSet<>();
        for (String w : ws) {
            out.add(ArabicFolding.foldString(w));
        }
        return out;
    }

    /** Whether a reporting verb starts at {@code k}. */
    boolean verbAt(List<Token> tokens, int k, int b) {
        return !verbs.matchesAt(tokens, k, b).isEmpty();
    }

    boolean isAdverb(List<Token> tokens, int pos) {
        String f = tokens.get(pos).folded();
        if (adverbs.contains(f)) {
            return true;
        }
        return pos + 1 < tokens.size() && adverbs.contains(f + " " + tokens.get(pos + 1).folded());
    }

    /**
     * A circumstantial accusative between the verb and its words is not the verb's subject: an active
     * participle in -ًا ("وقال مخاطبا العراقيين "…"", "وتابع قائلا: "…"") or a reporting participle.
     */
    boolean isCircumstantial(List<Token> tokens, int pos, int b) {
        List<Match<ReportingVerb>> v = verbs.matchesAt(tokens, pos, b);
        if (!v.isEmpty() && v.get(0).value().kind() == ReportingVerb.Kind.PARTICIPLE) {
            return true;
        }
        String f = tokens.get(pos).folded();
        return f.length() >= 5 && f.charAt(0) == 'م' && f.endsWith("ا") && !f.endsWith("يا") && !f.endsWith("وا")
                && !lexicon.isFunctionWord(f);
    }

    /** The channel a statement was made through, at {@code pos}: "في مقابلة", "في بيان", "في تغريدة". */
    Match<String> channelAt(List<Token> tokens, int pos, int limit) {
        for (String kind : CHANNELS) {
            Match<String> m = cues.at(kind, tokens, pos, limit);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** A nationality adjective at {@code k} with no clitic in front: its country. */
    Match<String> nationality(List<Token> tokens, int k, int b) {
        List<Match<String>> ms = nationalities.matchesAt(tokens, k, b);
        return ms.isEmpty() || !ms.get(0).prefix().isEmpty() ? null : ms.get(0);
    }

    /** A subject the text does not name ("مصادر دبلوماسية"): cue kind unnamed-subject. */
    boolean unnamedSubject(List<Token> tokens, int pos, int b) {
        String f = tokens.get(pos).folded();
        return headCue("unnamed-subject", tokens, pos, b, f.startsWith("ال") && f.length() > 4 ? f.substring(2) : f);
    }

    /** A head noun that describes a source of information ("مصدر", "المسؤول", "لمصدر"): cue kind unnamed-source. */
    boolean unnamedSource(List<Token> tokens, int pos, int b) {
        return headCue("unnamed-source", tokens, pos, b, headOf(tokens.get(pos).folded()));
    }

    /** A cue of {@code kind} at {@code pos}, or the word's {@code bare} form (without article or preposition) is one. */
    private boolean headCue(String kind, List<Token> tokens, int pos, int b, String bare) {
        return cues.is(kind, tokens, pos, b) || !bare.equals(tokens.get(pos).folded())
                && cues.is(kind, List.of(new Token(0, 0, 0, 0, bare, bare, Token.Kind.WORD)), 0, 1);
    }

    /** A folded word without "ل"/"ل+ال"/"ال" in front: "لمصدر", "للمصدر", "المصدر" -> "مصدر". */
    static String headOf(String f) {
        if (f.startsWith("لل") && f.length() > 4) {
            return f.substring(2);
        }
        if (f.startsWith("ال") && f.length() > 4) {
            return f.substring(2);
        }
        if (f.startsWith("ل") && f.length() > 3) {
            return f.substring(1);
        }
        return f;
    }

    /** A name with "ل" attached: "لرويترز". */
    static boolean isTo(TextAnalysis text, EntityMention em) {
        Token t = text.token(em.firstToken());
        return t.begin() < em.span().begin() && t.folded().startsWith("ل");
    }

    /** A name with a preposition attached: "بالعراق", "لواشنطن", "كالولايات". */
    static boolean isPrepositional(TextAnalysis text, EntityMention em) {
        Token t = text.token(em.firstToken());
        if (t.begin() >= em.span().begin()) {
            return false;
        }
        String prefix = t.folded().substring(0, Math.max(0,
                text.folded().foldedIndex(em.span().begin()) - t.foldedBegin()));
        return prefix.contains("ب") || prefix.contains("ل") || prefix.contains("ك");
    }

    /** "في سوريا", "على العراق", "مع الولايات المتحدة": a preposition word before the name. */
    static boolean afterPreposition(TextAnalysis text, EntityMention em) {
        if (em.firstToken() == 0) {
            return false;
        }
        return isAny(text.token(em.firstToken() - 1), "في", "على", "من", "إلى", "عن", "مع", "ضد", "بين", "حول",
                "نحو", "عبر", "لدى", "داخل", "خارج", "قرب");
    }

    static boolean isOutlet(Entities entities, EntityMention em) {
        Entity e = entities.get(em.entityId());
        return e != null && e.type() == EntityType.MEDIA_OUTLET;
    }

    static boolean isActor(Entities entities, EntityMention em) {
        Entity e = entities.get(em.entityId());
        return e != null && e.type().isActor();
    }

    static boolean isAny(Token t, String... ws) {
        for (String w : ws) {
            if (t.folded().equals(ArabicFolding.foldWord(w))) {
                return true;
            }
        }
        return false;
    }

    static int words(List<Token> tokens, int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            if (tokens.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    static Span span(List<Token> tokens, Match<?> m) {
        return new Span(tokens.get(m.first()).begin(), tokens.get(m.end() - 1).end());
    }
}
