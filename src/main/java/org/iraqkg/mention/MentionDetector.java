package org.iraqkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iraqkg.lexicon.ActorEntry;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.HeadWord;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.MonthName;
import org.iraqkg.lexicon.NationalityEntry;
import org.iraqkg.lexicon.NumberWord;
import org.iraqkg.lexicon.ReportingVerb;
import org.iraqkg.lexicon.TimeWord;
import org.iraqkg.lexicon.TitleEntry;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Clitics;
import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Finds the names of actors and places in a document: known names from the lexicon; persons introduced by
 * a title or rank ("وزير الخارجية العراقي فؤاد حسين", "الفريق أول ركن قيس المحمداوي"); organisations and
 * places opened by a head word ("وزارة الدفاع الدنماركية", "كتائب سيد الشهداء", "الحكومة العراقية");
 * names given in quotes ("جماعة … تطلق على نفسها "الثائرون""); and later mentions of a person by family
 * name. Title phrases are kept as mentions of their own, with or without a name.
 */
public final class MentionDetector {
    static final int MAX_NAME_TOKENS = 4;
    static final int MAX_COMPLEMENT_TOKENS = 6;

    private final Lexicon lexicon;
    private final PhraseMatcher<ActorEntry> names = new PhraseMatcher<>(PhraseMatcher.Options.NAMES);
    private final PhraseMatcher<TitleEntry> titles = new PhraseMatcher<>(PhraseMatcher.Options.NAMES);
    private final PhraseMatcher<NationalityEntry> nationalities =
            new PhraseMatcher<>(PhraseMatcher.Options.VERBS);
    private final PhraseMatcher<HeadWord> heads =
            new PhraseMatcher<>(new PhraseMatcher.Options(PhraseMatcher.Proclitics.ALL, true, false, false));
    /** Folded words that cannot be part of a person's name (titles, heads, adjectives, and stop words). */
    private final Set<String> notNameWords = new HashSet<>();
    /** Folded words that end a title phrase: verbs, time words, months, numbers, cue words. */
    private final Set<String> stopWords = new HashSet<>();
    /** Known names by their folded form, for names given in quotes after a head word. */
    private final Map<String, ActorEntry> byFoldedName = new HashMap<>();
    private final Set<String> quoteNamers = new HashSet<>();
    /** Folded reporting verb forms, with and without و/ف: a title phrase never runs on across one. */
    private final Set<String> verbForms = new HashSet<>();
    /** Folded one-word complementizers of cues.tsv ("أن", "إنه", "بأن"): a subject ends before one. */
    private final Set<String> complementizers = new HashSet<>();

    public MentionDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (ActorEntry e : lexicon.actors().values()) {
            for (String n : e.names()) {
                names.add(n, e);
                byFoldedName.putIfAbsent(ArabicFolding.foldString(n), e);
            }
        }
        for (TitleEntry t : lexicon.titles()) {
            titles.add(t.phrase(), t);
            addWords(t.phrase());
        }
        for (NationalityEntry n : lexicon.nationalities()) {
            nationalities.add(n.adjective(), n);
            addWords(n.adjective());
            String f = ArabicFolding.foldString(n.adjective());
            if (f.startsWith("ال") && f.length() > 4) {
                notNameWords.add(f.substring(2)); // "مسؤول تركي كبير" names nobody
            }
        }
        for (HeadWord h : lexicon.headWords()) {
            heads.add(h.word(), h);
            addWords(h.word());
            addWords("ال" + h.word());
        }
        for (ReportingVerb v : lexicon.reportingVerbs()) {
            addStop(v.form());
            addStop("و" + v.form());
            addStop("ف" + v.form());
            for (String pre : new String[] {"", "و", "ف"}) {
                verbForms.add(ArabicFolding.foldString(pre + v.form()));
            }
        }
        for (TimeWord w : lexicon.timeWords()) {
            addStop(w.phrase());
        }
        for (MonthName m : lexicon.months()) {
            addStop(m.name());
        }
        for (NumberWord n : lexicon.numbers()) {
            addStop(n.word());
        }
        for (String k : lexicon.cueKinds()) {
            for (String c : lexicon.cues(k)) {
                addStop(c);
            }
        }
        for (String c : lexicon.cues("complementizer")) {
            String f = ArabicFolding.foldString(c);
            if (!f.contains(" ")) {
                complementizers.add(f);
            }
        }
        for (String q : new String[] {"نفسها", "نفسه", "نفسهم", "باسم", "اسم", "تسمى", "يسمى", "تدعى", "يدعى"}) {
            quoteNamers.add(ArabicFolding.foldString(q));
        }
    }

    private void addStop(String phrase) {
        for (String w : ArabicFolding.foldString(phrase).split("\\s+")) {
            if (!w.isEmpty()) {
                stopWords.add(w);
                notNameWords.add(w);
            }
        }
    }

    private void addWords(String phrase) {
        for (String w : ArabicFolding.foldString(phrase).split("\\s+")) {
            if (!w.isEmpty()) {
                notNameWords.add(w);
            }
        }
    }

    /** Detects the mentions of a document. */
    public Mentions detect(TextAnalysis text) {
        List<Token> tokens = text.tokens();
        Mention[] byToken = new Mention[tokens.size()];
        List<Mention> out = new ArrayList<>();
        List<TitleMention> titleMentions = new ArrayList<>();
        List<NationalityMention> nats = new ArrayList<>();
        boolean[] inTitle = new boolean[tokens.size()];

        for (Sentence s : text.sentences()) {
            int a = s.firstToken();
            int b = s.endToken();
            // 1. known names
            for (Match<ActorEntry> m : names.findAll(tokens, a, b)) {
                if (!plausibleKnown(tokens, m)) {
                    continue;
                }
                ActorEntry e = m.value();
                place(byToken, out, mention(text, m.first(), m.end(), m.prefixLength(), e.type(), e.key(), null,
                        e.gender(), e.country().isEmpty() ? null : e.country(), 0.95, "lexicon"));
            }
            // 2. titles, with the names they introduce
            int sentenceTitles = titleMentions.size();
            for (int i = a; i < b; i++) {
                if (inTitle[i]) {
                    continue;
                }
                TitleMention t = title(text, i, a, b, byToken);
                if (t != null) {
                    for (int k = t.firstToken(); k < t.endToken(); k++) {
                        inTitle[k] = true;
                    }
                    // a name inside the title's own words is part of the title: "رئيس مجلس الوزراء العراقي"
                    int headEnd = titles.matchesAt(tokens, t.firstToken(), b).get(0).end();
                    for (int k = t.firstToken() + 1; k < headEnd; k++) {
                        Mention inside = byToken[k];
                        if (inside != null && inside.firstToken() == k) {
                            out.remove(inside);
                            for (int j = inside.firstToken(); j < inside.endToken(); j++) {
                                byToken[j] = null;
                            }
                        }
                    }
                    if (t.person() != null) {
                        Mention p = t.person();
                        if (p.key() == null) {
                            place(byToken, out, p);
                        }
                        for (int k = p.firstToken(); k < p.endToken(); k++) {
                            inTitle[k] = true;
                        }
                    }
                    titleMentions.add(t);
                    i = t.endToken() - 1;
                }
            }
            // a title right before another title names the same person: "وزيرة الدولة لشؤون الإعلام المتحدثة
            // الرسمية باسم الحكومة جمانة غنيمات"
            for (int k = titleMentions.size() - 2; k >= sentenceTitles; k--) {
                TitleMention t = titleMentions.get(k);
                TitleMention next = titleMentions.get(k + 1);
                if (t.person() == null && next.person() != null && next.person().firstToken() > next.firstToken() && titleGap(tokens, t.endToken(),
                        next.firstToken())) {
                    titleMentions.set(k, t.withPerson(next.person()));
                }
            }
            // 3. organisations and places opened by a head word
            for (int i = a; i < b; i++) {
                if (byToken[i] != null || inTitle[i]) {
                    continue;
                }
                Mention h = headed(text, i, b, byToken);
                if (h != null) {
                    if (h.key() != null) {
                        // the head word joins a known name: "حركة حماس", "محافظة الأنبار"
                        replace(byToken, out, h);
                    } else {
                        place(byToken, out, h);
                    }
                    i = h.endToken() - 1;
                }
            }
            // 4. names in quotes
            for (int i = a; i < b; i++) {
                Mention q = quotedName(text, i, b, byToken);
                if (q != null) {
                    place(byToken, out, q);
                }
            }
            // nationality adjectives outside names and titles
            for (Match<NationalityEntry> m : nationalities.findAll(tokens, a, b)) {
                if (byToken[m.first()] == null && !inTitle[m.first()]) {
                    nats.add(new NationalityMention(span(text, m.first(), m.end(), m.prefixLength()), m.first(),
                            m.value().country()));
                }
            }
        }
        // 5. later mentions of a person by full or family name
        propagateNames(text, byToken, out, inTitle);
        // 6. a head word alone refers back to the organisation it opened: "وأضافت الخلية أن …"
        headReferences(text, byToken, out, inTitle);
        return new Mentions(out, titleMentions, nats);
    }

    // ---- known names

    /** A known name that is really part of a longer expression is not a mention of it. */
    private boolean plausibleKnown(List<Token> tokens, Match<ActorEntry> m) {
        ActorEntry e = m.value();
        // "العراقي" style adjectives never match; a country name followed by "ية"-less genitive is fine.
        if (e.type().isPlace() && m.prefixLength() == 0 && m.first() > 0) {
            // "جامعة بغداد", "مطار بغداد" are handled by head words; the name itself still counts.
            return true;
        }
        return true;
    }

    // ---- titles

    private TitleMention title(TextAnalysis text, int i, int sentenceStart, int limit, Mention[] byToken) {
        List<Token> tokens = text.tokens();
        List<Match<TitleEntry>> ms = titles.matchesAt(tokens, i, limit);
        if (ms.isEmpty() || byToken[i] != null) {
            return null;
        }
        Match<TitleEntry> m = ms.get(0);
        if (!Clitics.onlyConjunction(m.prefix())) {
            // "لرئيس الوزراء" is still a title; "بالرئيس" too
            if (!(m.prefix().endsWith("ل") || m.prefix().endsWith("ب"))) {
                return null;
            }
        }
        TitleEntry head = m.value();
        char gender = head.gender();
        String country = null;
        String orgKey = null;
        int pos = m.end();
        int complements = 0;
        // complements: nationality adjective, further titles, organisations, "في بغداد", "باسم …"
        while (pos < limit && complements < MAX_COMPLEMENT_TOKENS) {
            Token t = tokens.get(pos);
            if (t.isPunct("(") ) {
                int close = pos + 1;
                while (close < limit && close <= pos + 5 && !tokens.get(close).isPunct(")")) {
                    close++;
                }
                if (close < limit && tokens.get(close).isPunct(")")) {
                    pos = close + 1;
                    continue;
                }
            }
            if (t.isPunct()) {
                break;
            }
            if (isWord(t, "فيه", "فيها", "فيهم", "بها", "به", "لها", "له")) {
                pos++; // "المسؤول الأمني فيها أبو علي العسكري"
                continue;
            }
            List<Match<NationalityEntry>> nat = nationalities.matchesAt(tokens, pos, limit);
            if (!nat.isEmpty()) {
                if (country == null) {
                    country = nat.get(0).value().country();
                }
                pos = nat.get(0).end();
                complements++;
                continue;
            }
            Mention known = byToken[pos];
            if (known != null && known.firstToken() == pos && known.key() != null) {
                ActorEntry e = lexicon.actor(known.key());
                if (e.type() == EntityType.PERSON) {
                    break; // the name itself
                }
                String pre = t.folded().substring(0, Math.max(0, foldedPrefixLength(text, known)));
                if (e.type().isPlaceOnly() || e.type() == EntityType.COUNTRY) {
                    if (pre.endsWith("ب") || pre.endsWith("ل") || precededBy(tokens, pos, "في", "لدى")) {
                        if (country == null && e.type() == EntityType.COUNTRY) {
                            country = e.key();
                        }
                        pos = known.endToken();
                        complements++;
                        continue;
                    }
                    if (e.type() == EntityType.COUNTRY && pre.isEmpty()) {
                        country = country == null ? e.key() : country; // "رئيس وزراء العراق"
                        pos = known.endToken();
                        complements++;
                        continue;
                    }
                    break;
                }
                orgKey = orgKey == null ? e.key() : orgKey;
                if (country == null && !e.country().isEmpty()) {
                    country = e.country();
                }
                pos = known.endToken();
                complements++;
                continue;
            }
            if (isWord(t, "في", "لدى") && pos + 1 < limit && byToken[pos + 1] != null
                    && byToken[pos + 1].key() != null && lexicon.actor(byToken[pos + 1].key()).type().isPlace()) {
                pos++;
                continue;
            }
            if (isWord(t, "باسم") && pos + 1 < limit) {
                pos++;
                continue;
            }
            List<Match<TitleEntry>> more = titles.matchesAt(tokens, pos, limit);
            if (!more.isEmpty() && more.get(0).value().kind() == TitleEntry.Kind.OFFICE
                    && Clitics.onlyConjunction(more.get(0).prefix()) && more.get(0).prefix().isEmpty()) {
                pos = more.get(0).end();
                complements++;
                continue;
            }
            List<Match<HeadWord>> hw = heads.matchesAt(tokens, pos, limit);
            if (!hw.isEmpty() && hw.get(0).value().naming() == HeadWord.Naming.WHOLE) {
                Mention org = headed(text, pos, limit, byToken);
                if (org != null) {
                    pos = org.endToken();
                    complements++;
                    continue;
                }
            }
            // definite nouns of the title ("للشؤون الخارجية", "العمليات المشتركة")
            if (isDefinite(t, 0) || definiteAfterPreposition(t)) {
                if (lexicon.isFunctionWord(t.folded()) || stopWords.contains(t.folded()) || complements >= 3) {
                    break;
                }
                pos++;
                complements++;
                continue;
            }
            break;
        }
        int titleEnd = pos;
        // the name before it, in apposition: "قال فكرت أوزار، سفير تركيا في قطر، إن …"
        Mention before = nameBeforeTitle(text, m.first(), sentenceStart, byToken, gender, country);
        if (before != null) {
            Span span = span(text, m.first(), titleEnd, m.prefixLength());
            return new TitleMention(span, text.text(span), m.first(), titleEnd, head, country, orgKey, gender, before);
        }
        // a comma, a rank, then the name
        int p = pos;
        if (p < limit && tokens.get(p).isPunct("،,")) {
            p++;
        }
        if (p < limit) {
            List<Match<TitleEntry>> rank = titles.matchesAt(tokens, p, limit);
            if (!rank.isEmpty() && rank.get(0).prefix().isEmpty() && (rank.get(0).value().kind()
                    == TitleEntry.Kind.RANK || rank.get(0).value().kind() == TitleEntry.Kind.HONORIFIC)) {
                p = rank.get(0).end();
            }
        }
        Mention person = null;
        if (p < limit) {
            Mention known = byToken[p];
            if (known != null && known.firstToken() == p && known.key() != null
                    && lexicon.actor(known.key()).type() == EntityType.PERSON) {
                person = known;
            } else if (known == null) {
                int end = nameEnd(tokens, p, limit, byToken);
                if (end > p && !plausibleName(tokens, p, end, limit)) {
                    end = p;
                }
                if (end > p && (end - p >= 2 || head.kind() != TitleEntry.Kind.GENERIC)) {
                    person = mention(text, p, end, 0, EntityType.PERSON, null, nameOf(tokens, p, end), gender,
                            country, end - p >= 2 ? 0.85 : 0.7, "title+name");
                }
            }
        }
        // "وقال المدير العام للشؤون … في حكومة إقليم كردستان، خيري بوزاني، لـ…": a title phrase too long for its
        // complements, and the name in apposition after its comma
        if (person == null || person.key() == null && !lexicon.isGivenName(tokens.get(person.firstToken()).folded())) {
            Mention appositive = nameAfterTitlePhrase(text, titleEnd, limit, byToken, gender, country);
            if (appositive != null) {
                person = appositive;
            }
        }
        if (person == null && titleEnd == m.end() && head.kind() != TitleEntry.Kind.OFFICE
                && head.kind() != TitleEntry.Kind.GENERIC) {
            return null; // a bare rank or honorific names nobody
        }
        if (person == null && head.kind() == TitleEntry.Kind.GENERIC && country == null) {
            return null; // "المسؤول" alone
        }
        Span span = span(text, m.first(), titleEnd, m.prefixLength());
        return new TitleMention(span, text.text(span), m.first(), titleEnd, head, country, orgKey, gender, person);
    }

    /**
     * A person named right before a title set off by a comma, when the name opens its clause: it follows the
     * sentence start or a verb ("قال فكرت أوزار، سفير تركيا في قطر، إن", "اعتبر علي بن محمد الرميحي، وزير
     * شؤون الإعلام البحريني، أن"). Two to four words that can be a name; the title's gender and country are
     * the person's.
     */
    private Mention nameBeforeTitle(TextAnalysis text, int title, int sentenceStart, Mention[] byToken, char gender,
                                    String country) {
        List<Token> tokens = text.tokens();
        int comma = title - 1;
        if (comma - 2 < sentenceStart || !tokens.get(comma).isPunct("،,")) {
            return null;
        }
        for (int p = comma - 2; p >= Math.max(sentenceStart, comma - MAX_NAME_TOKENS); p--) {
            boolean opens = p == sentenceStart || isVerbForm(tokens.get(p - 1));
            if (!opens) {
                continue;
            }
            if (byToken[p] != null) {
                return null;
            }
            int end = p;
            while (end < comma && tokens.get(end).isWord() && byToken[end] == null
                    && (!isNameStop(tokens.get(end)) || end > p && isWord(tokens.get(end), "بن", "بنت", "ابن", "أبو"))) {
                end++;
            }
            if (end != comma || isDefinite(tokens.get(p), 0) || !plausibleName(tokens, p, end, comma)) {
                return null;
            }
            return mention(text, p, end, 0, EntityType.PERSON, null, nameOf(tokens, p, end), gender, country, 0.8,
                    "name+title");
        }
        return null;
    }

    /** Words a title may run on for before a second title of the same person ("… لشؤون الإعلام المتحدثة …"). */
    static final int MAX_TITLE_GAP = 4;

    /** Whether tokens [from, to) can continue a title: a few words, no punctuation, no reporting verb. */
    private boolean titleGap(List<Token> tokens, int from, int to) {
        if (to < from || to - from > MAX_TITLE_GAP) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || verbForms.contains(t.folded()) || complementizers.contains(t.folded())) {
                return false;
            }
        }
        return true;
    }

    /** Words a title phrase may run on for before the comma of an apposition. */
    static final int MAX_TITLE_PHRASE_TOKENS = 14;

    /**
     * The name set off by a comma after a title phrase that runs on past the title's own complements: "المدير
     * العام للشؤون الإيزيدية في وزارة الأوقاف …، خيري بوزاني، لـ«الشرق الأوسط»", "مسؤول إعلام الفرع الرابع عشر
     * للحزب الديمقراطي الكردستاني في الموصل، سعيد مموزيني لـ…". The words up to the comma hold no verb,
     * complementizer, quotation or known person; the name is two to four words that can be a name (or one known
     * given name), and what follows it ends the subject: punctuation, a verb, or "لـ" before a quoted outlet.
     */
    private Mention nameAfterTitlePhrase(TextAnalysis text, int from, int limit, Mention[] byToken, char gender,
                                         String country) {
        List<Token> tokens = text.tokens();
        int comma = -1;
        for (int k = from; k < Math.min(limit, from + MAX_TITLE_PHRASE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("،,")) {
                comma = k;
                break;
            }
            if (t.isPunct() && !t.isPunct("()") || verbForms.contains(t.folded())
                    || complementizers.contains(t.folded())) {
                return null;
            }
            Mention known = byToken[k];
            if (known != null && known.key() != null && lexicon.actor(known.key()).type() == EntityType.PERSON) {
                return null;
            }
        }
        if (comma < 0 || comma == from || comma + 1 >= limit) {
            return null;
        }
        int p = comma + 1;
        List<Match<TitleEntry>> rank = titles.matchesAt(tokens, p, limit);
        if (!rank.isEmpty() && rank.get(0).prefix().isEmpty() && (rank.get(0).value().kind() == TitleEntry.Kind.RANK
                || rank.get(0).value().kind() == TitleEntry.Kind.HONORIFIC)) {
            p = rank.get(0).end();
        }
        if (p >= limit || byToken[p] != null) {
            return null;
        }
        int end = nameEnd(tokens, p, limit, byToken);
        boolean given = lexicon.isGivenName(tokens.get(p).folded());
        if (end - p < (given ? 1 : 2) || !plausibleName(tokens, p, end, limit)) {
            return null;
        }
        boolean bounded = end >= limit || tokens.get(end).isPunct() || isVerbForm(tokens.get(end))
                || tokens.get(end).folded().startsWith("ل") && end + 1 < limit && tokens.get(end + 1).isPunct("«\"“")
                || complementizers.contains(tokens.get(end).folded());
        if (!bounded) {
            return null;
        }
        return mention(text, p, end, 0, EntityType.PERSON, null, nameOf(tokens, p, end), gender, country, 0.8,
                "title+apposition");
    }

    private int foldedPrefixLength(TextAnalysis text, Mention known) {
        Token t = text.token(known.firstToken());
        return text.folded().foldedIndex(known.span().begin()) - t.foldedBegin();
    }

    private static boolean precededBy(List<Token> tokens, int pos, String... words) {
        if (pos == 0) {
            return false;
        }
        String prev = tokens.get(pos - 1).folded();
        for (String w : words) {
            if (prev.equals(ArabicFolding.foldWord(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(Token t, String... words) {
        for (String w : words) {
            if (t.folded().equals(ArabicFolding.foldWord(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word, after {@code foldedPrefix} folded characters of proclitics, starts with the
     * article: the original has a plain alef + lam ("الخارجية", not "ألينا"), or ل + ال was written لل.
     */
    static boolean isDefinite(Token t, int foldedPrefix) {
        String f = t.folded();
        if (foldedPrefix > 0 && f.charAt(foldedPrefix - 1) == 'ل' && f.startsWith("ل", foldedPrefix)
                && f.length() > foldedPrefix + 2) {
            return true; // للقوات
        }
        if (!f.startsWith("ال", foldedPrefix) || f.length() < foldedPrefix + 4) {
            return false;
        }
        var ft = ArabicFolding.fold(t.text());
        int o = ft.originalStart(foldedPrefix);
        return t.text().startsWith("ال", o) || t.text().startsWith("ٱل", o);
    }

    /** "للشؤون", "بالبلاد", "والخارجية": a preposition or conjunction, then the article. */
    private static boolean definiteAfterPreposition(Token t) {
        for (Clitics.Reading r : Clitics.readings(t.folded())) {
            if (r.prefixLength() > 0 && isDefinite(t, r.prefixLength())) {
                return true;
            }
        }
        return false;
    }

    /** End of a person's name starting at {@code p}: up to four words that are not function words. */
    private int nameEnd(List<Token> tokens, int p, int limit, Mention[] byToken) {
        int end = p;
        while (end < limit && end - p < MAX_NAME_TOKENS) {
            Token t = tokens.get(end);
            if (!t.isWord() || byToken[end] != null || isNameStop(t)) {
                break;
            }
            if (end == p && isDefinite(t, 0) && !t.folded().startsWith("الل")) {
                break; // a given name does not take the article
            }
            if (end > p && !isDefinite(t, 0) && end - p >= 3) {
                break;
            }
            if (end - p >= 2 && t.folded().endsWith("ا") && t.folded().length() >= 3) {
                break; // "عددا", "وفدا": an indefinite accusative noun, the verb's object
            }
            end++;
        }
        return end;
    }

    /**
     * Whether words after a title look like a person's name: a known given name first, or words that are not
     * plural or feminine-adjective forms ("تمتين العلاقات الثنائية" is not a name) followed by a boundary; a
     * single word only before punctuation, a verb or a complementizer.
     */
    private boolean plausibleName(List<Token> tokens, int p, int end, int limit) {
        String first = tokens.get(p).folded();
        boolean given = lexicon.isGivenName(first)
                || end - p >= 2 && lexicon.isGivenName(first + " " + tokens.get(p + 1).folded());
        if (given) {
            return true;
        }
        if ((first.startsWith("ل") || first.startsWith("ب")) && first.length() > 4) {
            return false; // "لشؤون الإعلام", "بالخارجية": a preposition and a noun, the title going on
        }
        for (int k = p; k < end; k++) {
            String f = tokens.get(k).folded();
            boolean definite = isDefinite(tokens.get(k), 0);
            if (k > p && (f.endsWith("ات") || definite && f.endsWith("يه"))) {
                return false;
            }
        }
        if (end - p == 1) {
            if (end >= limit) {
                return true;
            }
            Token next = tokens.get(end);
            return next.isPunct() || stopWords.contains(next.folded()) || isVerbForm(next);
        }
        return true;
    }

    private boolean isVerbForm(Token t) {
        String f = t.folded();
        return stopWords.contains(f) || f.length() > 2 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف')
                && stopWords.contains(f.substring(1));
    }

    private boolean isNameStop(Token t) {
        String f = t.folded();
        if (lexicon.isFunctionWord(f) || notNameWords.contains(f)) {
            return true;
        }
        // a clitic-prefixed function word or verb-like form: "وقال", "بأن"
        for (Clitics.Reading r : Clitics.readings(f)) {
            if (r.prefixLength() > 0 && (lexicon.isFunctionWord(r.stem()) || notNameWords.contains(r.stem()))) {
                return true;
            }
        }
        return f.length() < 2;
    }

    private static String nameOf(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    // ---- head words

    private Mention headed(TextAnalysis text, int i, int limit, Mention[] byToken) {
        List<Token> tokens = text.tokens();
        List<Match<HeadWord>> ms = heads.matchesAt(tokens, i, limit);
        if (ms.isEmpty()) {
            return null;
        }
        Match<HeadWord> m = ms.get(0);
        HeadWord h = m.value();
        boolean definite = isDefinite(tokens.get(i), m.prefixLength());
        int pos = m.end();
        if (pos >= limit) {
            return null;
        }
        // head + known name: "حركة حماس", "قوات التحالف", "محافظة الأنبار"
        Mention known = byToken[pos];
        if (known != null && known.firstToken() == pos && known.key() != null && !definite
                && known.span().begin() == tokens.get(pos).begin()) {
            EntityType kt = lexicon.actor(known.key()).type();
            if (compatible(h.type(), kt)) {
                return mention(text, i, known.endToken(), m.prefixLength(), kt, known.key(), null, (char) 0, null,
                        0.95, "head+lexicon");
            }
            return null;
        }
        if (h.naming() == HeadWord.Naming.ADJ || definite) {
            // "الحكومة العراقية", "القوات الخاصة الدنماركية", "البرلمان الدنماركي"
            if (!definite) {
                return null;
            }
            int p = pos;
            while (p < limit && p - pos < 2) {
                List<Match<NationalityEntry>> nat = nationalities.matchesAt(tokens, p, limit);
                if (!nat.isEmpty() && nat.get(0).prefix().isEmpty()) {
                    int end = nat.get(0).end();
                    List<Match<NationalityEntry>> second = end < limit ? nationalities.matchesAt(tokens, end, limit)
                            : List.of();
                    if (!second.isEmpty() && second.get(0).prefix().isEmpty()) {
                        end = second.get(0).end();
                    }
                    return mention(text, i, end, m.prefixLength(), h.type(), null, cleanName(tokens, i, end,
                            m.prefixLength()), (char) 0, nat.get(0).value().country(), 0.8, "head+nationality");
                }
                Token t = tokens.get(p);
                if (!t.isWord() || !isDefinite(t, 0) || byToken[p] != null || isNameStop(t)) {
                    break;
                }
                p++;
            }
            return null;
        }
        // construct state: "وزارة الدفاع", "جهاز مكافحة الإرهاب", "كتائب سيد الشهداء", "قاعدة عين الأسد"
        int p = pos;
        int end = -1;
        String country = null;
        while (p < limit && p - pos < 4) {
            Token t = tokens.get(p);
            if (!t.isWord() || byToken[p] != null || lexicon.isFunctionWord(t.folded()) || isVerbLike(t)) {
                break;
            }
            if (!Clitics.readings(t.folded()).isEmpty() && hasPreposition(t)) {
                break;
            }
            if (isDefinite(t, 0)) {
                end = p + 1;
                p++;
                // trailing definite adjectives and a nationality adjective
                while (p < limit && p - pos < 5) {
                    List<Match<NationalityEntry>> nat = nationalities.matchesAt(tokens, p, limit);
                    if (!nat.isEmpty() && nat.get(0).prefix().isEmpty()) {
                        country = nat.get(0).value().country();
                        end = nat.get(0).end();
                        break;
                    }
                    Token u = tokens.get(p);
                    if (!u.isWord() || !isDefinite(u, 0) || byToken[p] != null || isNameStop(u)) {
                        break;
                    }
                    end = ++p;
                }
                break;
            }
            if (isNameStop(t)) {
                break;
            }
            p++;
        }
        if (end < 0) {
            return null;
        }
        if (h.naming() == HeadWord.Naming.REST) {
            return mention(text, pos, end, 0, h.type(), null, cleanName(tokens, pos, end, 0), (char) 0, country,
                    0.75, "place-word");
        }
        return mention(text, i, end, m.prefixLength(), h.type(), null, cleanName(tokens, i, end, m.prefixLength()),
                (char) 0, country, 0.8, "head-word");
    }

    private static boolean hasPreposition(Token t) {
        String f = t.folded();
        return f.length() > 3 && (f.startsWith("بال") || f.startsWith("لل") || f.startsWith("كال")
                || f.startsWith("وبال") || f.startsWith("ولل"));
    }

    /** A present-tense verb form such as "تطلق", "يقول" is not part of a name. */
    private boolean isVerbLike(Token t) {
        String f = t.folded();
        return f.length() >= 4 && (f.charAt(0) == 'ي' || f.charAt(0) == 'ت') && !f.startsWith("تحالف")
                && !f.startsWith("تنظيم") && !f.startsWith("تيار") && notNameWords.contains(f);
    }

    private static boolean compatible(EntityType head, EntityType known) {
        if (head == known) {
            return true;
        }
        if (head.isPlaceOnly()) {
            return known.isPlace();
        }
        return known.isActor() && known != EntityType.PERSON && known != EntityType.COUNTRY;
    }

    /** The name of an entity from its words, without the leading proclitic. */
    private static String cleanName(List<Token> tokens, int from, int to, int prefixLength) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (k == from && prefixLength > 0) {
                w = w.substring(Math.min(w.length(), originalPrefix(w, prefixLength)));
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    /** Number of original characters that make up {@code foldedPrefix} folded characters of a word. */
    private static int originalPrefix(String word, int foldedPrefix) {
        var ft = ArabicFolding.fold(word);
        return ft.originalStart(Math.min(foldedPrefix, ft.folded().length()));
    }

    // ---- quoted names

    private Mention quotedName(TextAnalysis text, int i, int limit, Mention[] byToken) {
        List<Token> tokens = text.tokens();
        Token open = tokens.get(i);
        if (!open.isPunct("\"«“")) {
            return null;
        }
        int close = -1;
        for (int k = i + 1; k < limit && k <= i + 5; k++) {
            if (tokens.get(k).isPunct("\"»”")) {
                close = k;
                break;
            }
        }
        if (close < 0 || close == i + 1) {
            return null;
        }
        for (int k = i + 1; k < close; k++) {
            if (byToken[k] != null || !tokens.get(k).isWord()) {
                return null;
            }
        }
        if (i == 0) {
            return null;
        }
        // what names it: "نفسها", "باسم", or a head word just before the quote
        Token before = tokens.get(i - 1);
        EntityType type = null;
        if (quoteNamers.contains(before.folded())) {
            type = EntityType.ORGANIZATION;
            for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
                List<Match<HeadWord>> hw = heads.matchesAt(tokens, k, i);
                if (!hw.isEmpty()) {
                    type = hw.get(0).value().type();
                    break;
                }
            }
        } else {
            List<Match<HeadWord>> hw = heads.matchesAt(tokens, i - 1, i);
            if (!hw.isEmpty() && hw.get(0).value().naming() != HeadWord.Naming.ADJ) {
                type = hw.get(0).value().type();
            }
        }
        if (type == null) {
            return null;
        }
        String quoted = ArabicFolding.foldString(cleanName(tokens, i + 1, close, 0));
        ActorEntry known = byFoldedName.get(quoted);
        for (Clitics.Reading r : Clitics.readings(before.folded())) {
            if (known == null) {
                known = byFoldedName.get(r.stem() + " " + quoted);
            }
        }
        if (known != null) {
            return mention(text, i + 1, close, 0, known.type(), known.key(), null, known.gender(), null, 0.9,
                    "quoted-name");
        }
        return mention(text, i + 1, close, 0, type, null, cleanName(tokens, i + 1, close, 0), (char) 0, null, 0.8,
                "quoted-name");
    }

    // ---- family names

    private void propagateNames(TextAnalysis text, Mention[] byToken, List<Mention> out, boolean[] inTitle) {
        List<Token> tokens = text.tokens();
        Map<String, Mention> byForm = new HashMap<>();
        for (Mention m : List.copyOf(out)) {
            if (m.type() != EntityType.PERSON || m.endToken() - m.firstToken() < 2) {
                continue;
            }
            Token last = tokens.get(m.endToken() - 1);
            if (last.folded().length() >= 4 && !lexicon.isFunctionWord(last.folded())) {
                byForm.putIfAbsent(last.folded(), m);
            }
        }
        if (byForm.isEmpty()) {
            return;
        }
        // the full name again ("وقال مقداد ميري"), then the family name alone ("ميري", "للعكيلي")
        for (Mention full : new java.util.LinkedHashSet<>(byForm.values())) {
            int len = full.endToken() - full.firstToken();
            for (int i = 0; i + len <= tokens.size(); i++) {
                if (byToken[i] != null || inTitle[i]) {
                    continue;
                }
                int prefix = -1;
                for (Clitics.Reading r : Clitics.readings(tokens.get(i).folded())) {
                    if (r.stem().equals(tokens.get(full.firstToken()).folded())) {
                        prefix = r.prefixLength();
                        break;
                    }
                }
                boolean same = prefix >= 0;
                for (int k = 1; same && k < len; k++) {
                    same = byToken[i + k] == null && tokens.get(i + k).folded()
                            .equals(tokens.get(full.firstToken() + k).folded());
                }
                if (same) {
                    place(byToken, out, mention(text, i, i + len, prefix, EntityType.PERSON, full.key(),
                            full.key() == null ? full.name() : null, full.gender(), full.country(), 0.85,
                            "repeated-name"));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (byToken[i] != null || inTitle[i] || !tokens.get(i).isWord()) {
                continue;
            }
            for (Clitics.Reading r : Clitics.readings(tokens.get(i).folded())) {
                Mention full = byForm.get(r.stem());
                if (full != null) {
                    place(byToken, out, mention(text, i, i + 1, r.prefixLength(), EntityType.PERSON, full.key(),
                            full.key() == null ? full.name() : null, full.gender(), full.country(), 0.8,
                            "family-name"));
                    break;
                }
            }
        }
    }

    private void headReferences(TextAnalysis text, Mention[] byToken, List<Mention> out, boolean[] inTitle) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (byToken[i] != null || inTitle[i] || !tokens.get(i).isWord()) {
                continue;
            }
            List<Match<HeadWord>> hw = heads.matchesAt(tokens, i, i + 1);
            if (hw.isEmpty() || !Clitics.onlyConjunction(hw.get(0).prefix())
                    || !isDefinite(tokens.get(i), hw.get(0).prefixLength())
                    || hw.get(0).value().type().isPlace()) {
                continue;
            }
            // alone: what follows is not part of a name
            if (i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (next.isWord() && (isDefinite(next, 0) || !nationalities.matchesAt(tokens, i + 1, i + 2).isEmpty())
                        && !stopWords.contains(next.folded())) {
                    continue;
                }
            }
            place(byToken, out, mention(text, i, i + 1, hw.get(0).prefixLength(), hw.get(0).value().type(), null,
                    ArabicFolding.foldString(hw.get(0).value().word()), (char) 0, null, 0.7, "head-reference"));
        }
    }

    // ---- helpers

    private static Span span(TextAnalysis text, int first, int end, int foldedPrefix) {
        Token t = text.token(first);
        int begin = t.begin();
        if (foldedPrefix > 0) {
            begin = text.folded().originalStart(t.foldedBegin() + foldedPrefix);
        }
        return new Span(begin, text.token(end - 1).end());
    }

    private static Mention mention(TextAnalysis text, int first, int end, int prefix, EntityType type, String key,
                                   String name, char gender, String country, double confidence, String detector) {
        Span span = span(text, first, end, prefix);
        return new Mention(span, text.text(span), first, end, type, key, name, gender, country, confidence, detector);
    }

    private static void place(Mention[] byToken, List<Mention> out, Mention m) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            if (byToken[k] != null) {
                return;
            }
        }
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            byToken[k] = m;
        }
        out.add(m);
    }

    private static void replace(Mention[] byToken, List<Mention> out, Mention m) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            if (byToken[k] != null) {
                out.remove(byToken[k]);
                Mention old = byToken[k];
                for (int j = old.firstToken(); j < old.endToken(); j++) {
                    byToken[j] = null;
                }
            }
        }
        place(byToken, out, m);
    }
}
