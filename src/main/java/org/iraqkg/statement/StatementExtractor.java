package org.iraqkg.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.Cues;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.NationalityEntry;
import org.iraqkg.lexicon.ReportingVerb;
import org.iraqkg.mention.Mentions;
import org.iraqkg.mention.TitleMention;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeExpression;

/**
 * Extracts statements: direct quotations in "…" «…» “…” and reported speech (أن/إن clauses, or the object
 * of "أعلن"/"أكد"/"نفى"), introduced by a reporting verb in any form. The speaker is the verb's subject
 * (after it, or before it: "وكان السوداني قد قال"), else the speaker carried over from the previous
 * statement ("وأضاف:"), respecting the verb's gender ("وأضافت"); a participle ("مشيرًا إلى أن") keeps the
 * speaker of its clause. Channel ("في مقابلة مع رويترز", "في تصريح متلفز"), outlet and relay ("حسبما ذكرت
 * وكالة …") are read from the words around the verb. One statement per quoted claim.
 */
public final class StatementExtractor {
    static final int SUBJECT_WINDOW = 14;
    static final int MIN_WORDS = 2;
    private static final String[] CHANNELS = {"interview", "televised", "written", "press", "social"};

    private final PhraseMatcher<ReportingVerb> verbs = new PhraseMatcher<>(PhraseMatcher.Options.VERBS);
    private final Cues cues;
    private final Lexicon lexicon;
    private final Set<String> objectVerbs = new HashSet<>();
    private final Set<String> adverbs = new HashSet<>();
    private final Set<String> statementNouns = new HashSet<>();
    private final Set<String> fromWords = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final Set<String> adjunctOpeners = new HashSet<>();
    private final Set<String> timePositions = new HashSet<>();
    private final Set<String> callVerbs = new HashSet<>();
    /** Nationality adjectives, with and without the article ("أمريكي", "الأمريكي"): the country. */
    private final PhraseMatcher<String> nationalities = new PhraseMatcher<>(PhraseMatcher.Options.NAMES);

    public StatementExtractor(Lexicon lexicon) {
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
        for (String w : new String[] {"أعلن", "أكد", "نفى", "كشف", "اعترف", "رفض", "جدد"}) {
            objectVerbs.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"قد", "أيضا", "كذلك", "بدوره", "بدورها", "من جهته", "من جهتها", "من جانبه",
            "من جانبها", "اليوم", "أمس", "مجددا", "بدورهم", "رسميا", "مؤخرا", "حينها", "لاحقا"}) {
            adverbs.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"بيان", "البيان", "بيانا"}) {
            statementNouns.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"عن", "صدر", "صادر", "الصادر"}) {
            fromWords.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"في", "على", "خلال", "منذ", "أثناء", "عقب", "بعد", "قبل", "لدى", "عند", "حتى",
            "عبر", "من", "مع", "إلى"}) {
            prepositions.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"أثناء", "خلال", "عقب", "لدى", "عند", "إثر", "خلال"}) {
            adjunctOpeners.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"دعا", "طالب", "توعد", "هدد", "وصف", "حمل"}) {
            callVerbs.add(ArabicFolding.foldString(w));
        }
        for (String w : new String[] {"نهاية", "مطلع", "منتصف", "أواخر", "أوائل", "بداية", "أواسط", "مساء", "صباح",
            "ليل", "فجر", "ظهر"}) {
            timePositions.add(ArabicFolding.foldString(w));
        }
    }

    /** A quotation between matching marks: tokens (open, close). */
    private record Quote(int open, int close) {
        boolean contains(int i) {
            return open < i && i < close;
        }
    }

    /** Prefix of the speaker key of a described source, within one document's extraction. */
    private static final String SOURCE = "\u0001source:";

    /** A described source, its span and the token after its description. */
    private record Described(UnnamedSource source, Span span, int end) {}

    /**
     * A person named right after a source-like head: "قالت مسؤولة الشؤون الخارجية بالاتحاد الأوروبي فيديريكا
     * موغيريني" is a title and a name, not an unnamed source.
     */
    private EntityMention namedAfterHead(Entities entities, List<Quote> quotes, List<Token> tokens, int pos, int b) {
        for (int k = pos + 1; k < Math.min(b, pos + 9) && !inQuote(quotes, k); k++) {
            Token t = tokens.get(k);
            if (t.isPunct() || cues.is("complementizer", tokens, k, b) || !verbs.matchesAt(tokens, k, b).isEmpty()) {
                return null;
            }
            EntityMention em = entities.atToken(k);
            if (em != null && em.firstToken() == k && entities.get(em.entityId()) != null
                    && entities.get(em.entityId()).type() == EntityType.PERSON) {
                return em;
            }
        }
        return null;
    }

    /**
     * The source a subject describes without naming it, from its head noun at {@code pos} ("مصدر", "مسؤولون",
     * "المصدر"): the head, then up to three adjectives (a nationality gives the country), then maybe "في/من/لدى
     * X" or "بـX" naming the institution it belongs to. A definite head alone ("وقال المصدر") refers back to the
     * document's last source with that head. Sources with the same words are one source.
     */
    private Described describedSource(TextAnalysis text, Entities entities, DocumentTime time, List<Quote> quotes,
                                      int pos, int b,
                                      Map<String, UnnamedSource> sources) {
        List<Token> tokens = text.tokens();
        String head = tokens.get(pos).folded();
        boolean definite = head.startsWith("ال") || head.startsWith("لل");
        String bare = headOf(head);
        String written = tokens.get(pos).text();
        String role = stripArticle(written); // the head as written: "مسؤول" of "والمسؤول"
        if (!definite && pos + 1 < b && tokens.get(pos + 1).isWord() && tokens.get(pos + 1).folded().startsWith("ال")
                && nationality(tokens, pos + 1, b) == null) {
            return null; // "مسؤولة الشؤون الخارجية … فيديريكا موغيريني": a head in construct is an office, not a source
        }
        String affiliation = null;
        String country = null;
        int k = pos + 1;
        int adjectives = 0;
        while (k < b && k < pos + 8 && !inQuote(quotes, k)) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            EntityMention em = entities.atToken(k);
            if (em != null && em.firstToken() == k) {
                Entity e = entities.get(em.entityId());
                boolean of = isPrepositional(text, em) && !text.token(k).folded().startsWith("ل")
                        || k > pos + 1 && isAny(tokens.get(k - 1), "في", "من", "لدى", "داخل");
                if (e == null || affiliation != null || !of) {
                    break;
                }
                affiliation = e.id(); // "مصدر في وزارة الخارجية السورية", "مصدر بالخارجية"
                k = em.endToken();
                continue;
            }
            if (isAny(t, "في", "من", "لدى", "داخل") && k + 1 < b && entities.atToken(k + 1) != null
                    && entities.atToken(k + 1).firstToken() == k + 1 && affiliation == null) {
                k++;
                continue;
            }
            Match<String> nat = nationality(tokens, k, b);
            if (nat != null) {
                country = country == null ? nat.value() : country;
                k = nat.end();
                adjectives++;
                continue;
            }
            String f = t.folded();
            boolean stop = lexicon.isFunctionWord(f) && !looksAdjective(f) || !verbs.matchesAt(tokens, k, b).isEmpty()
                    || cues.is("complementizer", tokens, k, b) || timeAt(time, k) != null || f.length() < 3
                    || f.startsWith("ل") && !f.startsWith("لل") && f.length() > 3 && lexicon.isFunctionWord(f.substring(1));
            String w = t.text();
            boolean suffixed = w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما")
                    || w.endsWith("كم"); // "قوله", "توقفها": a pronoun suffix ends the description
            if (stop || suffixed || adjectives >= 3 || f.startsWith("ال") != definite || affiliation != null) {
                break;
            }
            adjectives++;
            k++;
        }
        int end = k;
        while (end > pos + 1 && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (definite && end == pos + 1) {
            UnnamedSource back = null;
            for (UnnamedSource u : sources.values()) {
                if (ArabicFolding.foldString(u.head()).equals(bare)) { // the latest with that head
                    back = u;
                }
            }
            if (back != null) {
                int from = head.startsWith("لل") ? text.folded().originalStart(tokens.get(pos).foldedBegin() + 1)
                        : tokens.get(pos).begin();
                return new Described(back, new Span(from, tokens.get(pos).end()), end);
            }
        }
        // the description starts after a preposition attached to the head: "لمصدر أمني", "للمصدر"
        int begin = tokens.get(pos).begin();
        if (head.startsWith("ل") && !head.startsWith("ال")) {
            begin = text.folded().originalStart(tokens.get(pos).foldedBegin() + 1);
        }
        Span span = new Span(begin, tokens.get(end - 1).end());
        String description = text.text(span);
        String key = ArabicFolding.foldString(description);
        UnnamedSource src = sources.computeIfAbsent(key, x -> new UnnamedSource(x, description, role,
                null, isPluralHead(bare)));
        if (src.affiliation() == null && (affiliation != null || country != null)) {
            src = new UnnamedSource(key, description, role, affiliation != null ? affiliation : country,
                    src.plural());
            sources.put(key, src);
        }
        return new Described(src, span, end);
    }

    private Match<String> nationality(List<Token> tokens, int k, int b) {
        List<Match<String>> ms = nationalities.matchesAt(tokens, k, b);
        return ms.isEmpty() || !ms.get(0).prefix().isEmpty() ? null : ms.get(0);
    }

    /**
     * An adjective of a described source, though the lexicon lists it among the words that end a name: a nisba
     * ("أمني", "عسكرية", "غربيون"), a participle ("مطلع", "مسؤول") or one of a few common adjectives.
     */
    private static boolean looksAdjective(String folded) {
        return folded.length() >= 4 && (folded.endsWith("ي") || folded.endsWith("يه") || folded.endsWith("ين")
                || folded.endsWith("ون") || folded.startsWith("م"))
                || Set.of("كبير", "كبيره", "رفيع", "رفيعه", "بارز", "بارزه").contains(folded);
    }

    /** A word as written without a leading conjunction and article: "والمسؤول" -> "مسؤول". */
    private static String stripArticle(String word) {
        String w = word;
        if (w.length() > 4 && (w.startsWith("و") || w.startsWith("ف")) && (w.startsWith("ال", 1) || w.startsWith("ٱل", 1))) {
            w = w.substring(1);
        }
        if (w.length() > 3 && (w.startsWith("ال") || w.startsWith("ٱل") || w.startsWith("لل"))) {
            w = w.substring(2);
        } else if (w.length() > 3 && w.startsWith("ل")) {
            w = w.substring(1); // "وفقا لمصدر أمني"
        }
        return w;
    }

    private static boolean isPluralHead(String folded) {
        return folded.endsWith("ون") || folded.endsWith("ين") || folded.endsWith("ات")
                || folded.equals(ArabicFolding.foldWord("مصادر")) || folded.equals(ArabicFolding.foldWord("أوساط"))
                || folded.equals(ArabicFolding.foldWord("وسائل")) || folded.equals(ArabicFolding.foldWord("جهات"));
    }

    /** Stands for a speaker the text does not name ("قال مسؤول كردي"): what follows does not attach elsewhere. */
    private static final String UNNAMED = "\u0000unnamed";

    /** The last speaker, for "وأضاف:" and "مشيرًا إلى أن". */
    private record Last(String speakerId, int sentence, DateValue date, String dateText) {}

    /**
     * A reporting verb that gave no statement, and why: for {@code kg explain}.
     *
     * @param verbSpan the verb's span
     * @param verb     the verb as written
     * @param reason   why no statement came of it
     */
    public record Rejection(Span verbSpan, String verb, String reason) {}

    /** What one reporting verb's rule found out when it gave no statement. */
    private static final class Outcome {
        boolean unnamed;
        String reason = "no reported words after the verb";
    }

    public List<Statement> extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time) {
        return extract(text, mentions, entities, time, null);
    }

    /** As {@link #extract(TextAnalysis, Mentions, Entities, DocumentTime)}, telling {@code rejected} of verbs that gave nothing. */
    public List<Statement> extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                                   List<Rejection> rejected) {
        List<Statement> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        Last last = null;
        Last lastWritten = null;
        List<Last> recent = new ArrayList<>();
        Map<String, UnnamedSource> sources = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            int a = s.firstToken();
            int b = s.endToken();
            List<Quote> quotes = quotes(tokens, a, b);
            Set<Integer> blocked = new HashSet<>();
            for (Match<String> r : cues.find("relay", tokens, a, b)) {
                for (int k = r.first(); k < r.end(); k++) {
                    blocked.add(k);
                }
            }
            String sentenceSpeaker = null;
            int before = out.size();
            Statement headed = colonStatement(text, mentions, entities, s, quotes);
            if (headed != null) {
                out.add(headed);
            }
            for (Match<ReportingVerb> vm : verbs.findAll(tokens, a, b)) {
                int v = vm.first();
                if (blocked.contains(v) || inQuote(quotes, v)) {
                    if (rejected != null) {
                        rejected.add(new Rejection(span(tokens, vm), tokens.get(v).text(),
                                inQuote(quotes, v) ? "inside a quotation" : "part of a relay phrase"));
                    }
                    continue;
                }
                ReportingVerb rv = vm.value();
                Outcome unnamed = new Outcome();
                Statement st = statement(text, mentions, entities, time, s, quotes, vm, rv, sentenceSpeaker, last,
                        recent, unnamed, lastWritten, sources);
                if (st == null) {
                    if (rejected != null) {
                        rejected.add(new Rejection(span(tokens, vm), tokens.get(v).text(), unnamed.reason));
                    }
                    if (unnamed.unnamed) {
                        sentenceSpeaker = UNNAMED;
                        last = new Last(UNNAMED, s.index(), null, null);
                    }
                    continue;
                }
                if (sameWords(out, before, st)) {
                    if (rejected != null) {
                        rejected.add(new Rejection(span(tokens, vm), tokens.get(v).text(),
                                "the same words as the statement before"));
                    }
                    continue;
                }
                out.addAll(claims(text, s, st));
                String who = st.speakerId() != null ? st.speakerId() : st.source() != null ? SOURCE + st.source().key()
                        : null;
                if (who != null) {
                    sentenceSpeaker = who;
                    last = new Last(who, s.index(), st.date(), st.dateText());
                    recent.removeIf(r -> r.speakerId().equals(who));
                    recent.add(last);
                    if ("written".equals(st.channel())) {
                        lastWritten = last;
                    }
                }
                // "إن "…"، وإن "…"": a second claim of the same speaker
                Statement more = secondClaim(text, quotes, st, s);
                if (more != null) {
                    out.add(more);
                }
            }
            if (out.size() == before) {
                Statement attributed = attribution(text, entities, time, s, quotes, lastWritten, sources);
                if (attributed != null) {
                    out.add(attributed);
                }
            }
        }
        return datedByPublication(out, time);
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

    /** Whether a statement of this sentence (from index {@code from} of {@code out}) has the same words. */
    private static boolean sameWords(List<Statement> out, int from, Statement st) {
        for (int k = Math.max(0, from - 1); k < out.size(); k++) {
            Span o = out.get(k).span();
            if (o.equals(st.span()) || st.span().contains(o) && out.get(k).sentence().equals(st.sentence())
                    && o.begin() >= st.span().begin()) {
                return true;
            }
        }
        return false;
    }

    /** Words after a source that say when or where it said it: a time word, "في", "على", "عبر", "خلال". */
    private static boolean startsCircumstance(List<Token> tokens, DocumentTime time, int k) {
        return timeAt(time, k) != null || isAny(tokens.get(k), "في", "على", "عبر", "خلال", "اليوم", "أمس")
                || tokens.get(k).isPunct("(");
    }

    /** Words a long quotation holds before it may be cut into claims. */
    static final int LONG_QUOTE_WORDS = 30;
    /** Longer than this, a "quotation" is more likely a quotation mark left open: it is not cut. */
    static final int MAX_CUT_WORDS = 200;
    /** The fewest words of a claim cut from a long quotation. */
    static final int MIN_CLAIM_WORDS = 8;

    /**
     * One statement per claim: a quotation or reported clause of more than {@link #LONG_QUOTE_WORDS} words is
     * cut at its own sentence ends (". ", "؛") and, in pieces still that long, before a clause that "كما",
     * "بل", "لكن" or "، و" opens, where each side keeps at least {@link #MIN_CLAIM_WORDS} words. Each piece is
     * a statement of the same speaker, verb and circumstances, made by the same rule.
     */
    static List<Statement> claims(TextAnalysis text, Sentence s, Statement st) {
        List<Token> tokens = text.tokens();
        int first = -1;
        int end = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (first < 0 && t.begin() >= st.span().begin()) {
                first = k;
            }
            if (t.end() <= st.span().end()) {
                end = k + 1;
            }
        }
        int n = first < 0 ? 0 : words(tokens, first, end);
        if (n <= LONG_QUOTE_WORDS || n > MAX_CUT_WORDS) {
            return List.of(st);
        }
        List<int[]> pieces = new ArrayList<>();
        int from = first;
        for (int k = first; k < end; k++) {
            if (tokens.get(k).isPunct(".؛;!؟?") && k + 1 < end && words(tokens, from, k) >= 3
                    && words(tokens, k + 1, end) >= 3) {
                pieces.add(new int[] {from, k});
                from = k + 1;
            }
        }
        pieces.add(new int[] {from, end});
        List<int[]> cut = new ArrayList<>();
        for (int[] p : pieces) {
            cutAtClauses(tokens, p[0], p[1], cut);
        }
        if (cut.size() == 1) {
            return List.of(st);
        }
        List<Statement> out = new ArrayList<>();
        for (int[] p : cut) {
            int a = p[0];
            int b = p[1];
            while (b > a && tokens.get(b - 1).isPunct(".،,؛;:")) {
                b--;
            }
            while (a < b && tokens.get(a).isPunct("،,؛;:.…")) {
                a++;
            }
            if (b <= a) {
                continue;
            }
            Span span = new Span(tokens.get(a).begin(), tokens.get(b - 1).end());
            out.add(st.withWords(span, text.text(span)));
        }
        return out;
    }

    private static void cutAtClauses(List<Token> tokens, int a, int b, List<int[]> out) {
        if (words(tokens, a, b) > LONG_QUOTE_WORDS) {
            int best = -1;
            int mid = (a + b) / 2;
            for (int k = a + 1; k < b; k++) {
                Token t = tokens.get(k);
                boolean opens = isAny(t, "كما", "بل", "لكن", "ولكن", "لكنه", "لكنها")
                        || tokens.get(k - 1).isPunct("،,") && t.isWord() && t.folded().startsWith("و")
                        && t.folded().length() > 3;
                if (opens && words(tokens, a, k) >= MIN_CLAIM_WORDS && words(tokens, k, b) >= MIN_CLAIM_WORDS
                        && (best < 0 || Math.abs(k - mid) < Math.abs(best - mid))) {
                    best = k;
                }
            }
            if (best > 0) {
                cutAtClauses(tokens, a, best, out);
                cutAtClauses(tokens, best, b, out);
                return;
            }
        }
        out.add(new int[] {a, b});
    }

    private static int words(List<Token> tokens, int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            if (tokens.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    private static Span span(List<Token> tokens, Match<?> m) {
        return new Span(tokens.get(m.first()).begin(), tokens.get(m.end() - 1).end());
    }

    /** "السوداني: مبررات وجود التحالف انتهت": a name, a colon, the words (headline style). */
    private Statement colonStatement(TextAnalysis text, Mentions mentions, Entities entities, Sentence s,
                                     List<Quote> quotes) {
        List<Token> tokens = text.tokens();
        int k = s.firstToken();
        TitleMention t = mentions.titleAtToken(k);
        if (t != null && t.firstToken() == k) {
            k = t.person() != null ? t.person().firstToken() : t.endToken();
        }
        EntityMention em = entities.atToken(k);
        if (em == null || !isActor(entities, em) || em.endToken() >= s.endToken()
                || !tokens.get(em.endToken()).isPunct(":")) {
            return null;
        }
        int begin = em.endToken() + 1;
        int end = s.endToken();
        Quote q = quoteAt(quotes, begin);
        if (q != null && q.close() >= end - 2) {
            begin = q.open() + 1;
            end = q.close();
        }
        while (end > begin && tokens.get(end - 1).isPunct(".،,؛;:…")) {
            end--;
        }
        if (end - begin < MIN_WORDS) {
            return null;
        }
        Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
        return new Statement(span, text.text(span), true, em.entityId(), em.span(), ":",
                new Span(tokens.get(em.endToken()).begin(), tokens.get(em.endToken()).end()), s.span(), null, null,
                null, null, null, List.of(), 0.75, "statement.ColonQuote");
    }

    /**
     * A sentence with no reporting verb attributed to an actor by a relay phrase: "…، وفق البنتاغون",
     * "وبحسب البيان، …". The actor is the speaker of the words.
     */
    private Statement attribution(TextAnalysis text, Entities entities, DocumentTime time, Sentence s,
                                  List<Quote> quotes,
                                  Last lastWritten, Map<String, UnnamedSource> sources) {
        List<Token> tokens = text.tokens();
        for (Match<String> rel : cues.find("relay", tokens, s.firstToken(), s.endToken())) {
            if (inQuote(quotes, rel.first())) {
                continue;
            }
            int k = rel.end();
            // "وفق ما أعلنته البعثة …", "بحسب ما أوردت وكالة …", "وفقا لما نقلته …": "ما" and its verb
            if (k + 1 < s.endToken() && isAny(tokens.get(k), "ما", "لما") && tokens.get(k + 1).isWord()
                    && entities.atToken(k + 1) == null) {
                k += 2;
            }
            String speaker = null;
            Span speakerSpan = null;
            UnnamedSource described = null;
            int after = k;
            EntityMention em = k < s.endToken() ? entities.atToken(k) : null;
            if (em != null && em.firstToken() == k && isActor(entities, em)) {
                speaker = em.entityId();
                speakerSpan = em.span();
                after = em.endToken();
            } else if (k < s.endToken() && unnamedSource(tokens, k, s.endToken())) {
                // "…، وفق المصدر ذاته": the source described before
                Described d = describedSource(text, entities, time, quotes, k, s.endToken(), sources);
                if (d != null) {
                    described = d.source();
                    speaker = SOURCE + described.key();
                    speakerSpan = d.span();
                    after = d.end();
                }
            } else if (k < s.endToken() && statementNouns.contains(tokens.get(k).folded()) && lastWritten != null
                    && lastWritten.sentence() >= s.index() - 4) {
                speaker = lastWritten.speakerId();
                after = k + 1;
            }
            if (speaker == null) {
                continue;
            }
            int begin;
            int end;
            if (rel.first() <= s.firstToken() + 1) {
                // "وبحسب البيان، ستنتقل العلاقة …"
                begin = after;
                while (begin < s.endToken() && tokens.get(begin).isPunct("،,")) {
                    begin++;
                }
                end = s.endToken();
            } else if (tokens.get(rel.first() - 1).isPunct("،,")) {
                // "تعرضت القوات … لأكثر من مئة هجوم، وفق البنتاغون"
                begin = s.firstToken();
                end = rel.first() - 1;
                int tail = after;
                while (tail < s.endToken() && (tokens.get(tail).isPunct("،,.") || isAny(tokens.get(tail), "ذاته",
                        "نفسه", "نفسها", "ذاتها"))) {
                    tail++;
                }
                // more may follow the source: when it was said ("اليوم (الأحد)") or where ("على حسابها …")
                if (tail < s.endToken() && !tokens.get(tail - 1).isPunct("،,") && !startsCircumstance(tokens, time, tail)) {
                    continue;
                }
            } else {
                continue;
            }
            while (end > begin && tokens.get(end - 1).isPunct(".،,؛;:")) {
                end--;
            }
            if (end - begin < 3) {
                continue;
            }
            Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
            return new Statement(span, text.text(span), false, described != null ? null : speaker, speakerSpan, null,
                    null, s.span(), null, null, null, null, null, List.of(), 0.6, "statement.Attribution", described);
        }
        return null;
    }

    private Statement statement(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                                Sentence s, List<Quote> quotes, Match<ReportingVerb> vm, ReportingVerb rv,
                                String sentenceSpeaker, Last last, List<Last> recent, Outcome unnamed,
                                Last lastWritten, Map<String, UnnamedSource> sources) {
        List<Token> tokens = text.tokens();
        int b = s.endToken();
        int pos = vm.end();
        String speaker = null;
        Span speakerSpan = null;
        boolean unresolvedSubject = false;
        String channel = null;
        String outlet = null;
        String relay = null;
        TimeExpression when = null;
        int contentStart = -1;
        boolean masdarObject = false;
        int limit = Math.min(b, pos + SUBJECT_WINDOW);
        int afterSpeaker = -1;
        if (rv.kind() == ReportingVerb.Kind.PARTICIPLE) {
            // the speaker of the sentence's statement; else the subject of the clause's verb ("وكانت المتحدثة …،
            // هيذر نويرت، حيّت السعودية …، قائلة: "…""); else the last speaker
            speaker = sentenceSpeaker;
            if (speaker == null) {
                speaker = clauseSubject(text, mentions, entities, s, vm.first(), rv.gender());
            }
            // the last speaker of an earlier sentence only when the participle opens its sentence: after a
            // clause of its own ("أصدر النائب العام … قرارا …، مؤكدا") it belongs to that clause's subject
            if (speaker == null && last != null && (last.sentence() == s.index()
                    || last.sentence() == s.index() - 1 && vm.first() <= s.firstToken() + 1)) {
                speaker = last.speakerId();
            }
            if (UNNAMED.equals(speaker)) {
                unnamed.reason = "a participle after an unnamed speaker";
                return null;
            }
        }
        while (pos < limit) {
            Token t = tokens.get(pos);
            if (t.isPunct("،,")) {
                if (speaker != null && pos == afterSpeaker) {
                    int j = appositionEnd(tokens, quotes, time, pos, b);
                    if (j > pos) {
                        pos = j;
                        continue;
                    }
                }
                pos++;
                continue;
            }
            Match<String> comp = cues.at("complementizer", tokens, pos, b);
            if (comp != null) {
                contentStart = comp.end();
                break;
            }
            if (t.isPunct(":")) {
                contentStart = pos + 1;
                break;
            }
            if (t.isPunct("\"«“")) {
                Quote q = quoteAt(quotes, pos);
                // a quoted name (an outlet, a group) is not the statement; a short quoted object is:
                // "أعلن … "انتهاء الحرب""
                boolean name = q != null && entities.atToken(q.open() + 1) != null;
                if (q != null && (q.close() - q.open() > 4 || speaker != null && !name
                        && objectVerbs.contains(rv.lemmaFolded()) && q.close() - q.open() > 2)) {
                    contentStart = pos;
                    break;
                }
                pos = q != null ? q.close() + 1 : pos + 1;
                continue;
            }
            TimeExpression te = timeAt(time, pos);
            if (te != null) {
                when = te;
                pos = te.endToken();
                continue;
            }
            if (prepositions.contains(t.folded()) && pos + 1 < b) {
                int k = pos + 1;
                if (timePositions.contains(tokens.get(k).folded()) && k + 1 < b) {
                    k++;
                }
                TimeExpression after = timeAt(time, k);
                if (after != null) {
                    when = after;
                    pos = after.endToken();
                    continue;
                }
                EntityMention place = entities.atToken(pos + 1);
                if (place != null && place.firstToken() == pos + 1 && !inQuote(quotes, pos + 1)
                        && entities.get(place.entityId()) != null
                        && entities.get(place.entityId()).type().isPlace()) {
                    pos = place.endToken();
                    continue;
                }
            }
            if (adjunctOpeners.contains(t.folded()) && channelAt(tokens, pos, b) == null) {
                int k = pos + 1;
                while (k < b && k < pos + 8 && !tokens.get(k).isPunct("،,:\"«“")
                        && cues.at("complementizer", tokens, k, b) == null) {
                    k++;
                }
                pos = k;
                continue;
            }
            Match<String> ch = channelAt(tokens, pos, b);
            if (ch != null) {
                channel = ch.value();
                pos = ch.end();
                int[] o = outletAfter(tokens, entities, quotes, pos, b);
                if (o != null) {
                    outlet = entities.atToken(o[0]).entityId();
                    pos = o[1];
                }
                continue;
            }
            Match<String> rel = cues.at("relay", tokens, pos, b);
            if (rel != null) {
                int[] o = outletAfter(tokens, entities, quotes, rel.end(), b);
                if (o != null) {
                    relay = entities.atToken(o[0]).entityId();
                    pos = o[1];
                } else {
                    pos = rel.end();
                }
                continue;
            }
            EntityMention em = entities.atToken(pos);
            // "لـ"سكاي نيوز عربية"": the outlet it was said to
            if (em == null && t.folded().equals("ل") && pos + 1 < b) {
                int[] o = outletAfter(tokens, entities, quotes, pos + 1, b);
                if (o != null) {
                    outlet = entities.atToken(o[0]).entityId();
                    channel = channel == null ? "interview" : channel;
                    pos = o[1];
                    continue;
                }
            }
            if (em != null && em.firstToken() == pos && isTo(text, em) && isOutlet(entities, em)) {
                outlet = em.entityId();
                channel = channel == null ? "interview" : channel;
                pos = em.endToken();
                continue;
            }
            if (speaker == null && unresolvedSubject) {
                pos++;
                continue;
            }
            if (speaker == null && rv.kind() != ReportingVerb.Kind.PARTICIPLE) {
                TitleMention title = mentions.titleAtToken(pos);
                if (title != null && title.firstToken() == pos) {
                    EntityMention ref = title.person() != null ? entities.atToken(title.person().firstToken())
                            : entities.atToken(pos);
                    if (ref != null && isActor(entities, ref)) {
                        speaker = ref.entityId();
                        speakerSpan = title.person() != null ? title.person().span() : title.span();
                        pos = Math.max(title.endToken(), ref.endToken());
                        afterSpeaker = pos;
                        limit = Math.min(b, Math.max(limit, pos + SUBJECT_WINDOW));
                        continue;
                    }
                    // an unknown holder: the organisation in the title speaks ("المتحدث باسم الوزارة")
                    unresolvedSubject = true;
                    pos = title.endToken();
                    continue;
                }
                if (em != null && em.firstToken() == pos && isActor(entities, em) && !isPrepositional(text, em)) {
                    speaker = em.entityId();
                    speakerSpan = em.span();
                    pos = em.endToken();
                    afterSpeaker = pos;
                    limit = Math.min(b, Math.max(limit, pos + SUBJECT_WINDOW));
                    continue;
                }
                if (statementNouns.contains(t.folded())) {
                    // "أفاد بيان صدر عن مكتب …", "أوضح بيان البنتاغون": the issuer speaks
                    channel = "written";
                    EntityMention issuer = entities.atToken(pos + 1);
                    if (issuer != null && issuer.firstToken() == pos + 1 && isActor(entities, issuer)
                            && !isPrepositional(text, issuer)) {
                        speaker = issuer.entityId();
                        speakerSpan = issuer.span();
                        pos = issuer.endToken();
                        continue;
                    }
                    int k = pos + 1;
                    while (k < limit && !fromWords.contains(tokens.get(k).folded())) {
                        k++;
                    }
                    while (k < limit && fromWords.contains(tokens.get(k).folded())) {
                        k++;
                    }
                    if (k < limit) {
                        TitleMention tm = mentions.titleAtToken(k);
                        int probe = k;
                        if (tm != null) {
                            probe = tm.person() != null ? tm.person().firstToken() : tm.firstToken();
                        }
                        // "مكتب رئيس مجلس النواب، سليم الجبوري"
                        for (int j = probe; j < Math.min(limit, probe + 8) && speaker == null; j++) {
                            EntityMention e2 = entities.atToken(j);
                            if (e2 != null && isActor(entities, e2)) {
                                speaker = e2.entityId();
                                speakerSpan = e2.span();
                                pos = e2.endToken();
                            }
                        }
                    }
                    if (speaker == null && t.folded().startsWith("ال") && lastWritten != null
                            && lastWritten.sentence() >= s.index() - 4) {
                        speaker = lastWritten.speakerId(); // "وأشار البيان إلى أن …": the same communiqué
                        pos++;
                        continue;
                    }
                    if (speaker == null) {
                        unresolvedSubject = true;
                        pos++;
                    }
                    continue;
                }
                if (isAdverb(tokens, pos)) {
                    pos++;
                    continue;
                }
                if (isCircumstantial(tokens, pos, b)) {
                    // the participle and its object: "وقال مخاطبا العراقيين "…""
                    pos++;
                    int stop = Math.min(b, pos + 4);
                    while (pos < stop && tokens.get(pos).isWord() && cues.at("complementizer", tokens, pos, b) == null
                            && verbs.matchesAt(tokens, pos, b).isEmpty()) {
                        pos++;
                    }
                    continue;
                }
                boolean sourceHead = !unresolvedSubject && unnamedSource(tokens, pos, b);
                EntityMention named = sourceHead ? namedAfterHead(entities, quotes, tokens, pos, b) : null;
                if (named != null) {
                    speaker = named.entityId();
                    speakerSpan = named.span();
                    pos = named.endToken();
                    afterSpeaker = pos;
                    limit = Math.min(b, Math.max(limit, pos + SUBJECT_WINDOW));
                    continue;
                }
                if (sourceHead) {
                    // "وقال مصدر عسكري", "أعلن مصدر في قوات البيشمركة", "وقال المصدر": a described source
                    Described d = describedSource(text, entities, time, quotes, pos, b, sources);
                    if (d != null) {
                        speaker = SOURCE + d.source().key();
                        speakerSpan = d.span();
                        pos = d.end();
                        afterSpeaker = pos;
                        limit = Math.min(b, Math.max(limit, pos + SUBJECT_WINDOW));
                        continue;
                    }
                }
                if (t.isWord()) {
                    if (objectVerbs.contains(rv.lemmaFolded()) && !unnamedSubject(tokens, pos, b)
                            && !lexicon.isFunctionWord(t.folded()) && !t.folded().startsWith("ل")) {
                        // "أعلن … انتهاء الجولة", "العراق أعلن نهاية …": the object; the subject is elsewhere
                        contentStart = pos;
                        masdarObject = true;
                        break;
                    }
                    unresolvedSubject = true; // a subject we cannot name ("مصادر دبلوماسية")
                }
                pos++;
                continue;
            }
            if (callVerbs.contains(rv.lemmaFolded()) && (speaker != null || rv.kind() == ReportingVerb.Kind.PARTICIPLE)
                    && t.isWord() && !adjunctOpeners.contains(t.folded())) {
                // a call or threat counts as a statement when its words are quoted: "دعا … إلى "…"",
                // "طالب … بـ"…""; a description also with reported words: "وصفت … الضربة بأنها …"
                Match<String> cc = cues.at("call-complement", tokens, pos, b);
                if (cc != null) {
                    boolean describes = rv.lemmaFolded().equals(ArabicFolding.foldWord("وصف"));
                    if (describes || cc.end() < b && quoteAt(quotes, cc.end()) != null) {
                        contentStart = cc.end();
                    }
                    break;
                }
            }
            TitleMention apposition = mentions.titleAtToken(pos);
            if (apposition != null && apposition.firstToken() == pos && pos > 0 && tokens.get(pos - 1).isPunct("،,")) {
                pos = apposition.endToken();
                continue;
            }
            // the speaker is known: "نقل … عن X", then the object of أعلن/أكد, or skip
            if (rv.lemmaFolded().equals(ArabicFolding.foldWord("نقل")) && isAny(t, "عن") && relay == null) {
                EntityMention source = entities.atToken(pos + 1);
                if (source != null && source.firstToken() == pos + 1 && isActor(entities, source)) {
                    relay = speaker;
                    speaker = source.entityId();
                    speakerSpan = source.span();
                    pos = source.endToken();
                    continue;
                }
                // "نقلت وكالة الأنباء … عن مصدر عسكري قوله إن": the source speaks, the outlet relays
                Described d = pos + 1 < b && unnamedSource(tokens, pos + 1, b)
                        ? describedSource(text, entities, time, quotes, pos + 1, b, sources) : null;
                if (d != null) {
                    relay = speaker;
                    speaker = SOURCE + d.source().key();
                    speakerSpan = d.span();
                    pos = d.end();
                    continue;
                }
                unnamed.unnamed = true; // "نقلت الوكالة عن مصادر": the words are not the outlet's
                unnamed.reason = "relayed from a source the text does not name";
                return null;
            }
            if (t.isWord() && objectVerbs.contains(rv.lemmaFolded()) && !isAdverb(tokens, pos)
                    && !t.folded().startsWith("ل")) {
                contentStart = pos;
                masdarObject = true;
                break;
            }
            pos++;
        }
        if (contentStart < 0 || contentStart >= b) {
            unnamed.reason = "no complementizer, colon or quotation opens the reported words within "
                    + SUBJECT_WINDOW + " words of the verb";
            return null;
        }
        // a subject before the verb: "وكانت بريطانيا قالت إن", "وكان السوداني، قد قال إن"
        if (speaker == null && !unresolvedSubject) {
            String left = leftSubject(text, mentions, entities, s, vm.first());
            if (left != null) {
                speaker = left;
            }
        }
        // carried over from the previous statement, or an actor earlier in the sentence
        if (speaker == null && !unresolvedSubject && rv.kind() == ReportingVerb.Kind.PAST && !rv.plural()) {
            speaker = carriedOver(text, mentions, quotes, entities, s, vm.first(), rv.gender(), sentenceSpeaker, last,
                    recent);
        }
        if (speaker == null) {
            unnamed.unnamed = unresolvedSubject;
            unnamed.reason = unresolvedSubject ? "the subject is not a known or named actor"
                    : "no speaker: no subject, and no earlier speaker the verb agrees with";
            return null;
        }
        // the words
        List<Quote> contentQuotes = new ArrayList<>();
        Quote q = quoteAt(quotes, contentStart);
        int end;
        int begin;
        boolean direct;
        if (q != null && !masdarObject) {
            begin = q.open() + 1;
            end = q.close();
            direct = true;
        } else {
            begin = contentStart;
            end = clauseEnd(tokens, quotes, contentStart, b);
            direct = false;
            for (Quote x : quotes) {
                if (x.open() >= begin && x.close() < end) {
                    contentQuotes.add(x);
                }
            }
            // a reported clause that is mostly a quotation: "بأن الأخير وجه الشكر "لجميع الدول …""
            if (contentQuotes.size() == 1) {
                Quote x = contentQuotes.get(0);
                if ((x.close() - x.open() - 1) * 2 >= end - begin && x.close() - x.open() > 3) {
                    begin = x.open() + 1;
                    end = x.close();
                    direct = true;
                }
            }
        }
        while (end > begin && tokens.get(end - 1).isPunct(".،,؛;:")) {
            end--;
        }
        if (end - begin < MIN_WORDS) {
            unnamed.reason = "the reported words are shorter than " + MIN_WORDS + " words";
            return null;
        }
        if (relay == null) {
            int j = end;
            while (j < b && j < end + 3 && tokens.get(j).isPunct("\"»”،,")) {
                j++;
            }
            Match<String> rel = cues.at("relay", tokens, j, b);
            if (rel != null) {
                int[] o = outletAfter(tokens, entities, quotes, rel.end(), b);
                if (o != null) {
                    relay = entities.atToken(o[0]).entityId();
                }
            }
        }
        Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
        if (when == null) {
            when = timeBeforeVerb(tokens, time, quotes, s, vm.first());
        }
        DateValue date = when != null ? when.value() : null;
        String dateText = when != null ? when.text() : null;
        if (date == null && last != null && speaker.equals(last.speakerId()) && last.sentence() >= s.index() - 2) {
            date = last.date();
            dateText = last.dateText();
        }
        Set<String> about = new LinkedHashSet<>();
        for (EntityMention e : entities.between(begin, end)) {
            if (!e.entityId().equals(speaker)) {
                about.add(e.entityId());
            }
        }
        Span verbSpan = new Span(tokens.get(vm.first()).begin(), tokens.get(vm.end() - 1).end());
        double confidence = direct ? 0.9 : 0.8;
        if (speakerSpan == null) {
            confidence -= 0.1;
        }
        UnnamedSource described = speaker.startsWith(SOURCE) ? sources.get(speaker.substring(SOURCE.length())) : null;
        if (described != null) {
            about.remove(described.affiliation());
        }
        return new Statement(span, text.text(span), direct, described != null ? null : speaker, speakerSpan,
                tokens.get(vm.first()).text(), verbSpan, s.span(), date, dateText, channel, outlet, relay,
                new ArrayList<>(about), confidence, "statement." + (direct ? "DirectQuote" : "ReportedSpeech"),
                described);
    }

    private static boolean isTo(TextAnalysis text, EntityMention em) {
        Token t = text.token(em.firstToken());
        return t.begin() < em.span().begin() && t.folded().startsWith("ل");
    }

    private static boolean isPrepositional(TextAnalysis text, EntityMention em) {
        Token t = text.token(em.firstToken());
        if (t.begin() >= em.span().begin()) {
            return false;
        }
        String prefix = t.folded().substring(0, Math.max(0,
                text.folded().foldedIndex(em.span().begin()) - t.foldedBegin()));
        return prefix.contains("ب") || prefix.contains("ل") || prefix.contains("ك");
    }

    /**
     * After the speaker, "، X ،" where X holds no complementizer, verb or quotation is an apposition ("الدنمارك،
     * العضو في التحالف الدولي، الخميس، سحب …"): the index of its closing comma, else {@code comma}.
     */
    private int appositionEnd(List<Token> tokens, List<Quote> quotes, DocumentTime time, int comma, int b) {
        if (timeAt(time, comma + 1) != null) {
            return comma;
        }
        for (int j = comma + 1; j < Math.min(b, comma + 14); j++) {
            Token u = tokens.get(j);
            if (u.isPunct("\"«“:") || cues.is("complementizer", tokens, j, b)
                    || !verbs.matchesAt(tokens, j, b).isEmpty()) {
                return comma;
            }
            if (u.isPunct("،,")) {
                return j - comma >= 2 ? j : comma;
            }
        }
        return comma;
    }

    /** "في سوريا", "على العراق", "مع الولايات المتحدة": a preposition word before the name. */
    private static boolean afterPreposition(TextAnalysis text, EntityMention em) {
        if (em.firstToken() == 0) {
            return false;
        }
        return isAny(text.token(em.firstToken() - 1), "في", "على", "من", "إلى", "عن", "مع", "ضد", "بين", "حول",
                "نحو", "عبر", "لدى", "داخل", "خارج", "قرب");
    }

    private static boolean isOutlet(Entities entities, EntityMention em) {
        Entity e = entities.get(em.entityId());
        return e != null && e.type() == EntityType.MEDIA_OUTLET;
    }

    private static boolean isActor(Entities entities, EntityMention em) {
        Entity e = entities.get(em.entityId());
        return e != null && e.type().isActor();
    }

    private boolean isAdverb(List<Token> tokens, int pos) {
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
    private boolean isCircumstantial(List<Token> tokens, int pos, int b) {
        List<Match<ReportingVerb>> v = verbs.matchesAt(tokens, pos, b);
        if (!v.isEmpty() && v.get(0).value().kind() == ReportingVerb.Kind.PARTICIPLE) {
            return true;
        }
        String f = tokens.get(pos).folded();
        return f.length() >= 5 && f.charAt(0) == 'م' && f.endsWith("ا") && !f.endsWith("يا") && !f.endsWith("وا")
                && !lexicon.isFunctionWord(f);
    }

    /**
     * The subject of the clause a participle hangs on: the first actor in the sentence before it that is not in
     * a prepositional phrase, maybe after a title, and that agrees with the participle's gender.
     */
    private String clauseSubject(TextAnalysis text, Mentions mentions, Entities entities, Sentence s, int participle,
                                 char gender) {
        for (EntityMention em : entities.between(s.firstToken(), participle)) {
            Entity e = entities.get(em.entityId());
            if (e == null || !e.type().isActor() || e.type().isPlaceOnly() || isPrepositional(text, em)
                    || afterPreposition(text, em)) {
                continue;
            }
            if (em.firstToken() > s.firstToken() + 12) {
                return null;
            }
            TitleMention tm = mentions.titleAtToken(em.firstToken());
            if (tm != null && tm.person() != null && tm.firstToken() < em.firstToken()) {
                // the organisation in "المتحدثة باسم وزارة الخارجية، هيذر نويرت،": the title's holder speaks
                EntityMention holder = entities.atToken(tm.person().firstToken());
                if (holder != null && entities.get(holder.entityId()) != null) {
                    e = entities.get(holder.entityId());
                }
            }
            if (!agrees(e, gender)) {
                continue;
            }
            return e.id();
        }
        return null;
    }

    private Match<String> channelAt(List<Token> tokens, int pos, int limit) {
        for (String kind : CHANNELS) {
            Match<String> m = cues.at(kind, tokens, pos, limit);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** An outlet named at {@code pos}, maybe in quotes, maybe after "قناة"/"وكالة": tokens [first, end). */
    private static int[] outletAfter(List<Token> tokens, Entities entities, List<Quote> quotes, int pos, int limit) {
        for (int k = pos; k < Math.min(limit, pos + 4); k++) {
            EntityMention em = entities.atToken(k);
            if (em != null && em.firstToken() == k) {
                Entity e = entities.get(em.entityId());
                if (e != null && e.type().isActor()) {
                    int end = em.endToken();
                    if (end < limit && tokens.get(end).isPunct("\"»”")) {
                        end++;
                    }
                    // "وكالة الأنباء العراقية "واع"": the acronym belongs to it
                    if (end + 1 < limit && tokens.get(end).isPunct("\"«“")) {
                        EntityMention again = entities.atToken(end + 1);
                        if (again != null && again.entityId().equals(em.entityId())) {
                            end = again.endToken();
                            if (end < limit && tokens.get(end).isPunct("\"»”")) {
                                end++;
                            }
                        }
                    }
                    return new int[] {k, end};
                }
            }
            if (!tokens.get(k).isPunct("\"«“") && k > pos) {
                break;
            }
        }
        return null;
    }

    /**
     * A date expression of the attribution clause before its verb: "وفي خطابه الأربعاء، أقر …", "وأمس، قال …". The
     * nearest one within {@code 8} words before the verb, not inside a quotation, with no other reporting verb
     * between, and one that says a day (not a span of time such as "منذ 2014").
     */
    private TimeExpression timeBeforeVerb(List<Token> tokens, DocumentTime time, List<Quote> quotes, Sentence s,
                                          int verb) {
        TimeExpression best = null;
        for (TimeExpression te : time.between(Math.max(s.firstToken(), verb - 8), verb)) {
            if (inQuote(quotes, te.firstToken()) || te.value() == null
                    || te.value().precision() != DateValue.Precision.DAY
                    || te.kind() != TimeExpression.Kind.RELATIVE && te.kind() != TimeExpression.Kind.ABSOLUTE) {
                continue;
            }
            boolean verbBetween = false;
            for (int k = te.endToken(); k < verb; k++) {
                if (!verbs.matchesAt(tokens, k, verb).isEmpty()) {
                    verbBetween = true;
                }
            }
            if (!verbBetween) {
                best = te;
            }
        }
        return best;
    }

    private static TimeExpression timeAt(DocumentTime time, int pos) {
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

    private String leftSubject(TextAnalysis text, Mentions mentions, Entities entities, Sentence s, int verb) {
        List<Token> tokens = text.tokens();
        int k = verb - 1;
        int steps = 0;
        while (k >= s.firstToken() && steps < 10) {
            Token t = tokens.get(k);
            if (t.isPunct("،,") || isAdverb(tokens, k) || isAny(t, "قد", "كان", "كانت", "وكان", "وكانت")) {
                k--;
                steps++;
                continue;
            }
            EntityMention em = entities.atToken(k);
            if (em != null && isActor(entities, em) && !isPrepositional(text, em)) {
                // the clause must start with it or with كان: "وكان رئيس …، محمد شياع السوداني، قد قال"
                TitleMention tm = mentions.titleAtToken(k);
                int start = tm != null ? tm.firstToken() : em.firstToken();
                if (start == s.firstToken() || start > s.firstToken()
                        && (isAny(tokens.get(start - 1), "كان", "كانت", "وكان", "وكانت", "أن", "إن", "لكن", "ولكن",
                        "بينما", "فيما", "كما", "ثم", "حيث") || tokens.get(start - 1).isPunct("،,")
                        || start - 1 == s.firstToken())) {
                    return em.entityId();
                }
                return null;
            }
            TitleMention tm = mentions.titleAtToken(k);
            if (tm != null) {
                k = tm.firstToken() - 1;
                steps++;
                continue;
            }
            return null;
        }
        return null;
    }

    /** The actor right after the sentence's first word (a verb), maybe after a title: "واستنكر الأمين العام … X". */
    private static boolean openingSubject(TextAnalysis text, Mentions mentions, Sentence s, EntityMention em) {
        if (em.firstToken() == s.firstToken() + 1) {
            return true;
        }
        TitleMention t = mentions.titleAtToken(s.firstToken() + 1);
        return t != null && t.firstToken() == s.firstToken() + 1 && t.person() != null
                && t.person().firstToken() == em.firstToken();
    }

    private boolean unnamedSubject(List<Token> tokens, int pos, int b) {
        String f = tokens.get(pos).folded();
        return headCue("unnamed-subject", tokens, pos, b, f.startsWith("ال") && f.length() > 4 ? f.substring(2) : f);
    }

    /** A head noun that describes a source of information ("مصدر", "المسؤول", "لمصدر"): cue kind unnamed-source. */
    private boolean unnamedSource(List<Token> tokens, int pos, int b) {
        return headCue("unnamed-source", tokens, pos, b, headOf(tokens.get(pos).folded()));
    }

    /** A cue of {@code kind} at {@code pos}, or the word's {@code bare} form (without article or preposition) is one. */
    private boolean headCue(String kind, List<Token> tokens, int pos, int b, String bare) {
        return cues.is(kind, tokens, pos, b) || !bare.equals(tokens.get(pos).folded())
                && cues.is(kind, List.of(new Token(0, 0, 0, 0, bare, bare, Token.Kind.WORD)), 0, 1);
    }

    /** A folded word without "ل"/"ل+ال"/"ال" in front: "لمصدر", "للمصدر", "المصدر" -> "مصدر". */
    private static String headOf(String f) {
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

    private String carriedOver(TextAnalysis text, Mentions mentions, List<Quote> quotes, Entities entities,
                               Sentence s, int verb, char gender, String sentenceSpeaker, Last last,
                               List<Last> recent) {
        if (UNNAMED.equals(sentenceSpeaker)) {
            return null;
        }
        if (sentenceSpeaker != null && agrees(entities, sentenceSpeaker, gender)) {
            return sentenceSpeaker;
        }
        // an actor earlier in the sentence that can be the subject: "وأعلنت بغداد رفضها …، وقالت إن"
        String candidate = null;
        String opening = null;
        boolean prevInPhrase = false;
        EntityMention prevMention = null;
        for (EntityMention em : entities.between(s.firstToken(), verb)) {
            Entity e = entities.get(em.entityId());
            if (inLongQuote(quotes, em.firstToken())) {
                continue;
            }
            boolean conjunct = prevMention != null && em.firstToken() == prevMention.endToken()
                    && text.token(em.firstToken()).folded().startsWith("و");
            boolean inPhrase = isPrepositional(text, em) || afterPreposition(text, em) || conjunct && prevInPhrase;
            if (e != null && e.type().isActor() && !inPhrase && agrees(e, gender)
                    && (e.type() == EntityType.PERSON || e.type() == EntityType.COUNTRY || e.type().isOrganization())) {
                candidate = e.id();
                if (opening == null && em.firstToken() <= s.firstToken() + 8 && !e.type().isPlaceOnly()
                        && openingSubject(text, mentions, s, em)) {
                    opening = e.id(); // the subject of the sentence's first verb: "واجتاح داعش …، وأعلن"
                }
            }
            prevInPhrase = inPhrase;
            prevMention = em;
        }
        if (opening != null) {
            return opening;
        }
        if (candidate != null && (last == null || !agrees(entities, last.speakerId(), gender))) {
            return candidate;
        }
        if (last != null && last.sentence() >= s.index() - 3 && agrees(entities, last.speakerId(), gender)) {
            return last.speakerId();
        }
        if (candidate != null) {
            return candidate;
        }
        // "وأضافت" after a woman's and then a man's statement: the most recent speaker the verb agrees with
        if (gender != 0 && last != null && !UNNAMED.equals(last.speakerId())) {
            for (int k = recent.size() - 1; k >= 0; k--) {
                Last r = recent.get(k);
                if (r.sentence() >= s.index() - 4 && agrees(entities.get(r.speakerId()), gender)
                        && entities.get(r.speakerId()) != null
                        && entities.get(r.speakerId()).type() == EntityType.PERSON) {
                    return r.speakerId();
                }
            }
        }
        return null;
    }

    /** Whether a speaker (an entity, or a described source) agrees with the verb's gender. */
    private static boolean agrees(Entities entities, String speaker, char verbGender) {
        if (speaker != null && speaker.startsWith(SOURCE)) {
            return true;
        }
        return agrees(speaker == null ? null : entities.get(speaker), verbGender);
    }

    /** A feminine verb takes a woman, a country or an organisation; a masculine one not a woman. */
    private static boolean agrees(Entity e, char verbGender) {
        if (e == null) {
            return false;
        }
        if (e.type() != EntityType.PERSON) {
            return true;
        }
        if (verbGender == 'f') {
            return e.gender() == 'f';
        }
        if (verbGender == 'm') {
            return e.gender() != 'f';
        }
        return true;
    }

    /** End of a reported clause: the sentence end, or a comma before another reporting clause or a relay. */
    private int clauseEnd(List<Token> tokens, List<Quote> quotes, int from, int b) {
        for (int k = from; k < b; k++) {
            if (inQuote(quotes, k)) {
                continue;
            }
            Token t = tokens.get(k);
            if (k > from + 1) {
                List<Match<ReportingVerb>> v = verbs.matchesAt(tokens, k, b);
                if (!v.isEmpty() && v.get(0).value().kind() == ReportingVerb.Kind.PAST
                        && !callVerbs.contains(v.get(0).value().lemmaFolded())) {
                    return k; // "حينما طالبت بغداد بالعودة إلى المفاوضات قالت وسائل إعلام …"
                }
            }
            if (t.isPunct("،,؛;") && k + 1 < b && isAny(tokens.get(k + 1), "بينما", "فيما", "وفيما", "وبينما")) {
                return k;
            }
            if (t.isPunct("،,؛;") && k + 1 < b && (isCircumstantial(tokens, k + 1, b) || isAny(tokens.get(k + 1), "وذلك"))) {
                return k; // "إن بلاده قدمت الدعم …، مشيدا بمواقف قطر"; "…، وذلك في تصريح"
            }
            if (t.isPunct("،,؛;") && k + 1 < b) {
                int j = k + 1;
                if (j + 1 < b && isAny(tokens.get(j), "كما", "فيما", "بينما", "في حين", "وقد", "و")) {
                    j++;
                }
                List<Match<ReportingVerb>> v = verbs.matchesAt(tokens, j, b);
                if (!v.isEmpty() && !inQuote(quotes, j) || cues.is("relay", tokens, k + 1, b)) {
                    return k;
                }
            }
            if (k > from && cues.is("relay", tokens, k, b) && tokens.get(k - 1).isPunct("،,")) {
                return k - 1;
            }
        }
        return b;
    }

    private static List<Quote> quotes(List<Token> tokens, int a, int b) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char want = 0;
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!t.isPunct()) {
                continue;
            }
            char c = t.text().charAt(0);
            if (open < 0) {
                if (c == '"' || c == '«' || c == '“') {
                    open = k;
                    want = c == '«' ? '»' : c == '“' ? '”' : '"';
                }
            } else if (c == want || want == '"' && (c == '»' || c == '”')) {
                // a straight quotation mark closed by a guillemet: إن "المتهمين سيتم التحقيق معهم»
                out.add(new Quote(open, k));
                open = -1;
            }
        }
        return out;
    }

    private static Quote quoteAt(List<Quote> quotes, int open) {
        for (Quote q : quotes) {
            if (q.open() == open) {
                return q;
            }
        }
        return null;
    }

    /** Inside a quotation of more than four words (a quoted name is not a quotation). */
    private static boolean inLongQuote(List<Quote> quotes, int k) {
        for (Quote q : quotes) {
            if (q.contains(k) && q.close() - q.open() > 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a direct quotation, "، وإن "…"" or "، وأن "…"" is a second claim of the same speaker in its own
     * quotation.
     */
    private Statement secondClaim(TextAnalysis text, List<Quote> quotes, Statement st, Sentence s) {
        if (!st.direct()) {
            return null;
        }
        List<Token> tokens = text.tokens();
        int k = s.firstToken();
        while (k < s.endToken() && tokens.get(k).begin() < st.span().end()) {
            k++;
        }
        if (k < s.endToken() && tokens.get(k).isPunct("\"»”")) {
            k++;
        }
        if (k + 2 < s.endToken() && tokens.get(k).isPunct("،,") && isAny(tokens.get(k + 1), "وإن", "وأن")) {
            Quote q = quoteAt(quotes, k + 2);
            if (q != null && q.close() - q.open() > 2) {
                Span span = new Span(tokens.get(q.open() + 1).begin(), tokens.get(q.close() - 1).end());
                return st.withWords(span, text.text(span));
            }
        }
        return null;
    }

    private static boolean inQuote(List<Quote> quotes, int k) {
        for (Quote q : quotes) {
            if (q.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAny(Token t, String... ws) {
        for (String w : ws) {
            if (t.folded().equals(ArabicFolding.foldWord(w))) {
                return true;
            }
        }
        return false;
    }
}
