package org.iraqkg.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.ActorEntry;
import org.iraqkg.lexicon.Cues;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.NumberWord;
import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.mention.Mentions;
import org.iraqkg.mention.NationalityMention;
import org.iraqkg.mention.TitleMention;
import org.iraqkg.statement.Statement;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Clitics;
import org.iraqkg.text.Numbers;
import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.SentenceSplitter;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeExpression;
import org.iraqkg.time.TimeTagger;

/**
 * Extracts events by trigger words ({@code event-triggers.tsv}) and negotiation rounds ("الجولة الثالثة من
 * المفاوضات"), with their arguments by role (agent, target, location, participants, claimed by, killed and
 * wounded), date, and status (planned: "ستكون خلال الأسبوعين المقبلين"; negated: "نافيا حدوث اتفاق").
 * Intended actions ("سارعت … لاستئناف المفاوضات"), habitual ones ("لا يزال يشن هجمات") and cessations
 * ("توقفها عن استهداف") are not events. Mentions of the same event in a document are merged: rounds with the
 * same ordinal, and later mentions that refer back ("هذا الاستهداف", "الضربة") or share a target or place.
 * Rounds are linked into negotiation tracks keyed by their parties.
 */
public final class EventExtractor {
    private static final Pattern FUTURE_VERB = Pattern.compile("^[وف]?س[يتنا][^\\s]{2,}$");
    static final int ARG_WINDOW = 8;
    /** How far rules look for the edge of a clause: bounds the work per trigger in text without punctuation. */
    static final int CLAUSE_REACH = 60;

    private final PhraseMatcher<TriggerEntry> nouns;
    private final PhraseMatcher<TriggerEntry> verbs;
    private final Cues cues;
    private final Map<String, String> placeParent = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Integer> cardinals = new HashMap<>();

    public EventExtractor(Lexicon lexicon) {
        for (NumberWord n : lexicon.numbers()) {
            (n.ordinal() ? ordinals : cardinals).put(ArabicFolding.foldString(n.word()), n.value());
        }
        java.util.function.Predicate<Token> isNumber = t -> t.isNumber() || cardinals.containsKey(t.folded());
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

    /** A place's ancestors in the lexicon ("القائم" → الأنبار → العراق), itself first. */
    private List<String> placeAndAncestors(String place) {
        List<String> out = new ArrayList<>();
        for (String p = place; p != null && !out.contains(p) && out.size() < 8; p = placeParent.get(p)) {
            out.add(p);
        }
        return out;
    }

    /** Whether no place of {@code x} is, contains or lies in a place of {@code y}. */
    private boolean placesApart(Set<String> x, Set<String> y) {
        for (String a : x) {
            for (String b : y) {
                if (placeAndAncestors(a).contains(b) || placeAndAncestors(b).contains(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An event being built. */
    private static final class Candidate {
        final List<EventMention> mentions = new ArrayList<>();
        String eventClass;
        String cameo;
        Event.Status status = Event.Status.OCCURRED;
        DateValue date;
        String dateText;
        final Set<String> agents = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> locations = new LinkedHashSet<>();
        final Set<String> claimedBy = new LinkedHashSet<>();
        Integer killed;
        Integer wounded;
        Integer round;
        String track;
        int firstToken;
        int endToken;
        int sentence;
        int clause;
        boolean anaphoric;
        boolean bare;
        boolean afterEventOwner;
        boolean verb;
        boolean headline;
        boolean distinct;
        /** "تزامنا مع هجوم …": happened when the event before it in the sentence did. */
        boolean simultaneous;
        /** "… خلال الحرب": the event before it in the sentence happened during this one. */
        boolean during;
        /** The proclitics before the trigger word, folded ("ل" in "للقصف"). */
        String prefix = "";
        /** "هجوم صاروخي استهدف …": a verb whose subject is the event noun just before it. */
        boolean relative;
        /** The word a noun trigger governs, without clitics: "تأجيل الإعلان" → "اعلان"; or "". */
        String object = "";
        String lemma = "";
        TimeExpression beforeEvent;
        TimeExpression afterEvent;
        double confidence = 0.75;
        String extractor;

        String family() {
            return family(eventClass);
        }

        java.util.Set<String> lemmas() {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (EventMention m : mentions) {
                for (String w : ArabicFolding.foldString(m.triggerText()).split("\\s+")) {
                    out.add(lemma(w));
                }
            }
            return out;
        }

        static String family(String c) {
            return switch (c) {
                case "Attack", "RocketAttack", "DroneAttack", "AirStrike", "Bombing" -> "Attack";
                case "TalksSuspension" -> "TalksSuspension";
                case "Meeting", "Visit" -> "Meeting";
                case "Agreement", "JointStatement" -> "Agreement";
                default -> c;
            };
        }
    }

    /** Extracts the events of a document. */
    public Events extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                          List<Statement> statements) {
        return extract(text, mentions, entities, time, statements, -1);
    }

    /**
     * Extracts the events of a document; sentences that end by {@code headlineEnd} (an original index, -1
     * when there is no headline) are the headline, whose events are the ones the body tells in full ("…
     * واعتقال المنفذين" in a headline is the body's arrest).
     */
    public Events extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                          List<Statement> statements, int headlineEnd) {
        List<Token> tokens = text.tokens();
        List<Candidate> found = new ArrayList<>();
        List<Span> evidencePieces = SentenceSplitter.clauses(text.text());
        for (Sentence s : text.sentences()) {
            int a = s.firstToken();
            int b = s.endToken();
            boolean[] blocked = blockedTokens(tokens, a, b);
            int[] clauses = clauseNumbers(tokens, s);
            List<Candidate> here = new ArrayList<>();
            for (Match<TriggerEntry> m : triggers(tokens, a, b)) {
                if (blocked[m.first() - a]) {
                    continue;
                }
                Candidate c = candidate(text, m.first(), m.end(), m.value().eventClass(), m.value().cameo(),
                        m.prefix(), s, clauses, evidencePieces);
                c.extractor = "event.Trigger";
                c.prefix = m.prefix();
                c.verb = m.value().verb();
                c.headline = s.span().end() <= headlineEnd;
                if (m.value().planned() || m.value().verb() && isPresentTense(tokens.get(m.first()))) {
                    c.status = Event.Status.PLANNED;
                }
                if (!keep(text, c, m, s)) {
                    continue;
                }
                if (c.verb && c.eventClass.equals("Attack")) {
                    weapon(tokens, c, s);
                }
                here.add(c);
            }
            here.addAll(rounds(text, s, clauses, evidencePieces));
            here.addAll(signings(text, s, clauses, evidencePieces, tokensTaken(here)));
            here.sort((x, y) -> Integer.compare(x.firstToken, y.firstToken));
            for (TimeExpression te : time.between(a, b)) {
                if (te.kind() == TimeExpression.Kind.AFTER_EVENT) {
                    for (Candidate c : here) {
                        if (c.firstToken > te.firstToken()) {
                            c.afterEventOwner = true;
                            break;
                        }
                    }
                }
            }
            // "هجوم صاروخي استهدف": a verb right after a noun trigger is a relative clause of it (here is sorted
            // by first token: only the few candidates just before c can end next to it)
            for (int i = 0; i < here.size(); i++) {
                Candidate c = here.get(i);
                for (int j = i - 1; c.verb && j >= 0 && here.get(j).firstToken >= c.firstToken - 16; j--) {
                    Candidate d = here.get(j);
                    if (!d.verb && d.endToken <= c.firstToken && c.firstToken - d.endToken <= 1) {
                        c.relative = true;
                    }
                }
            }
            // same-family triggers of one clause are one event ("قصف صاروخي … الضربة")
            List<Candidate> merged = new ArrayList<>();
            for (Candidate c : here) {
                arguments(text, mentions, entities, time, statements, c, s);
                if (c.locations.isEmpty() && here.size() == 1) {
                    locativeOfTheSentence(text, entities, c, s);
                }
                Candidate same = null;
                for (Candidate d : merged) {
                    boolean refersElsewhere = (c.bare || c.anaphoric) && !c.lemma.isEmpty()
                            && !d.lemmas().contains(c.lemma) && !d.eventClass.equals(c.eventClass);
                    // "اجتماعاتها التي انطلقت جولتها الأولى", "الجولة الثانية من اجتماعات": the round of the meetings
                    boolean roundOfMeetings = d.clause == c.clause && !conflict(d, c)
                            && (d.family().equals("Meeting") && c.family().equals("NegotiationRound")
                            || d.family().equals("NegotiationRound") && c.family().equals("Meeting"));
                    // "تجمدت المفاوضات أو تأجلت": two words for one event
                    boolean alternative = c.firstToken > 0 && isAny(tokens.get(c.firstToken - 1), "أو", "او")
                            && d.endToken >= c.firstToken - 2 && d.cameo.length() >= 2
                            && c.cameo.startsWith(d.cameo.substring(0, 2)) && !conflict(d, c);
                    if (alternative || roundOfMeetings || d.family().equals(c.family()) && d.clause == c.clause && !conflict(d, c)
                            && !d.family().equals("NegotiationRound") && !refersElsewhere) {
                        same = d;
                    }
                }
                if (same != null) {
                    absorb(same, c);
                } else {
                    merged.add(c);
                }
            }
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
            found.addAll(merged);
        }
        // dates relative to the previous event: "وبعده بيومين"
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
        List<Candidate> events = mergeAcrossDocument(found);
        Map<String, NegotiationTrack> tracks = tracks(events, entities);
        List<Event> out = new ArrayList<>();
        for (Candidate c : events) {
            out.add(new Event(c.mentions, c.eventClass, c.cameo, c.status, c.date, c.dateText,
                    new ArrayList<>(c.agents), new ArrayList<>(c.targets), new ArrayList<>(c.participants),
                    new ArrayList<>(c.locations), new ArrayList<>(c.claimedBy), c.killed, c.wounded, c.round,
                    c.track, c.confidence, c.extractor));
        }
        return new Events(out, new ArrayList<>(tracks.values()));
    }

    // ---- triggers

    private List<Match<TriggerEntry>> triggers(List<Token> tokens, int a, int b) {
        List<Match<TriggerEntry>> all = new ArrayList<>();
        int i = a;
        while (i < b) {
            List<Match<TriggerEntry>> ms = new ArrayList<>(nouns.matchesAt(tokens, i, b));
            ms.addAll(verbs.matchesAt(tokens, i, b));
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
        for (String kind : new String[] {"interview", "televised", "written", "press", "social", "relay"}) {
            for (Match<String> m : cues.find(kind, tokens, a, b)) {
                for (int k = m.first(); k < m.end(); k++) {
                    blocked[k - a] = true;
                }
            }
        }
        return blocked;
    }

    private Candidate candidate(TextAnalysis text, int first, int end, String cls, String cameo, String prefix,
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
        if (first > 0 && cues.is("anaphor", tokens, first - 1, first)) {
            c.anaphoric = true;
        }
        if (end < tokens.size() && cues.is("anaphor", tokens, end, end + 1)) {
            c.anaphoric = true;
        }
        return c;
    }

    /**
     * The subject of an attack verb that names its weapon: "استهدفت طائرة مسيرة …" and "طائرات مسيرة مجهولة قد
     * استهدفت …" are drone attacks, "سقطت صواريخ …" rocket attacks.
     */
    private void weapon(List<Token> tokens, Candidate c, Sentence s) {
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
            if (cues.at("drone-weapon", tokens, k, to) != null) {
                c.eventClass = "DroneAttack";
                c.cameo = "1952";
                return;
            }
            if (cues.at("rocket-weapon", tokens, k, to) != null) {
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
    private static int[] clauseNumbers(List<Token> tokens, Sentence s) {
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

    /** Whether a trigger names a real event here, and its status. */
    private boolean keep(TextAnalysis text, Candidate c, Match<TriggerEntry> m, Sentence s) {
        List<Token> tokens = text.tokens();
        int first = m.first();
        int clauseStart = first;
        while (clauseStart > s.firstToken() && clauseStart > first - CLAUSE_REACH
                && !tokens.get(clauseStart - 1).isPunct("،,؛;:\"«»“”")) {
            clauseStart--;
        }
        // intended, not done: "سارعت الحكومة … لاستئناف", "استعدادها لتوقيع", "لبحث"
        for (int k = Math.max(s.firstToken(), first - 4); k < first; k++) {
            if (cues.is("intention", tokens, k, first)) {
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
            if (cues.is("speculation", tokens, k, first)) {
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
            if (cues.is("negation", tokens, k, first) && (k >= first - 3 || isAny(tokens.get(k), "عدم"))) {
                c.status = Event.Status.NEGATED;
            }
        }
        // future: "ستكون", "من المتوقع", "سيجرون", "خلال الأسبوعين المقبلين"
        int clauseEnd = first;
        while (clauseEnd < s.endToken() && clauseEnd < first + CLAUSE_REACH && !tokens.get(clauseEnd).isPunct("،,؛;.")) {
            clauseEnd++;
        }
        for (int k = Math.max(clauseStart, first - 4); k < Math.min(clauseEnd, m.end() + 5); k++) {
            if (c.status != Event.Status.NEGATED && (cues.is("future", tokens, k, clauseEnd)
                    || FUTURE_VERB.matcher(tokens.get(k).folded()).matches() && isVerbish(tokens.get(k)))) {
                c.status = Event.Status.PLANNED;
            }
        }
        for (int k = Math.max(s.firstToken(), first - 4); k < first; k++) {
            PhraseMatcher.Match<String> sm = cues.at("simultaneous", tokens, k, first);
            if (sm != null && sm.end() >= first - 1) {
                c.simultaneous = true;
            }
            PhraseMatcher.Match<String> dm = cues.at("during", tokens, k, first);
            if (dm != null && dm.end() == first) {
                c.during = true;
            }
        }
        c.bare = !m.value().verb() && m.end() - m.first() == 1
                && (MentionLike.isDefinite(tokens.get(first), m.prefix().length())
                || MentionLike.hasPossessive(tokens.get(first), m.prefix().length(), m.phrase()));
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
        return true;
    }

    /** "منذ توليه منصبه في أكتوبر 2022": a date inside a "since" phrase about something else. */
    private static boolean insideSincePhrase(List<Token> tokens, TimeExpression te, int sentenceStart) {
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

    /** Tokens already covered by candidates of a sentence. */
    private static boolean[] tokensTaken(List<Candidate> cs) {
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

    /** "وقع الجانبان مذكرات تفاهم": a signing verb, its subject, then what was signed. */
    private List<Candidate> signings(TextAnalysis text, Sentence s, int[] clauses, List<Span> pieces,
                                     boolean[] taken) {
        List<Token> tokens = text.tokens();
        List<Candidate> out = new ArrayList<>();
        for (Match<String> v : cues.find("sign-verb", tokens, s.firstToken(), s.endToken())) {
            if (v.first() < taken.length && taken[v.first()]) {
                continue;
            }
            for (int k = v.end(); k < Math.min(s.endToken(), v.end() + 4); k++) {
                if (k < taken.length && taken[k]) {
                    break;
                }
                Match<String> obj = cues.at("sign-object", tokens, k, s.endToken());
                if (obj != null) {
                    Candidate c = candidate(text, v.first(), v.end(), "Agreement", "057", v.prefix(), s, clauses,
                            pieces);
                    c.verb = true;
                    c.extractor = "event.Signing";
                    out.add(c);
                    break;
                }
                if (tokens.get(k).isPunct()) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isPresentTense(Token t) {
        String f = t.folded();
        String w = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
        return w.startsWith("ي") || w.startsWith("ت") && !w.startsWith("تم");
    }

    private static boolean isVerbish(Token t) {
        String f = t.folded();
        return f.length() >= 4 && !f.startsWith("سيا") && !f.startsWith("ساع") && !f.startsWith("سنو");
    }

    // ---- negotiation rounds

    private List<Candidate> rounds(TextAnalysis text, Sentence s, int[] clauses, List<Span> pieces) {
        List<Token> tokens = text.tokens();
        List<Candidate> out = new ArrayList<>();
        int a = s.firstToken();
        int b = s.endToken();
        for (Match<String> m : cues.find("round", tokens, a, b)) {
            int k = m.end();
            Integer ordinal = null;
            boolean talks = false;
            boolean next = false;
            if (k < b && ordinals.containsKey(tokens.get(k).folded())) {
                ordinal = ordinals.get(tokens.get(k).folded());
                k++;
            } else if (k < b && isAny(tokens.get(k), "المقبلة", "القادمة", "التالية", "الجديدة")) {
                next = true;
                k++;
            }
            // "من المفاوضات", "من عمل اللجنة", "الحوار الثاني"
            int j = k;
            if (j < b && isAny(tokens.get(j), "من")) {
                j++;
            }
            Match<String> noun = cues.at("negotiation", tokens, j, b);
            if (noun == null && j < b) {
                // "مفاوضاته": a pronoun suffix on the noun
                for (String base : Clitics.withoutSuffix(tokens.get(j).folded())) {
                    if (cues.is("negotiation", List.of(new Token(0, 0, 0, 0, base, base, Token.Kind.WORD)), 0, 1)) {
                        noun = new Match<>(j, j + 1, 0, "", "negotiation", base);
                    }
                }
            }
            if (noun != null) {
                talks = true;
                int after = noun.end();
                if (ordinal == null && after < b && ordinals.containsKey(tokens.get(after).folded())) {
                    ordinal = ordinals.get(tokens.get(after).folded()); // "جولة الحوار الثاني"
                    after++;
                }
                k = after;
            }
            boolean dual = tokens.get(m.first()).folded().endsWith("تين") || tokens.get(m.first()).folded()
                    .endsWith("تان");
            if (ordinal == null && !talks) {
                continue;
            }
            if (next && !talks) {
                continue;
            }
            Candidate c = candidate(text, m.first(), Math.max(k, m.end()), "NegotiationRound", "046", m.prefix(), s,
                    clauses, pieces);
            c.round = dual ? null : ordinal;
            c.headline = false;
            c.extractor = "event.NegotiationRound";
            c.confidence = ordinal != null ? 0.85 : 0.75;
            // a future round: "ستكون", "من المتوقع بدء"
            Match<TriggerEntry> pseudo = new Match<>(m.first(), Math.max(k, m.end()), m.prefixLength(), m.prefix(),
                    null, m.phrase());
            if (!keepRound(text, c, pseudo, s)) {
                continue;
            }
            if (next) {
                c.status = Event.Status.PLANNED;
            }
            out.add(c);
        }
        return out;
    }

    private boolean keepRound(TextAnalysis text, Candidate c, Match<TriggerEntry> m, Sentence s) {
        List<Token> tokens = text.tokens();
        int clauseEnd = m.end();
        while (clauseEnd < s.endToken() && !tokens.get(clauseEnd).isPunct("،,؛;.")) {
            clauseEnd++;
        }
        for (int k = Math.max(s.firstToken(), m.first() - 3); k < clauseEnd; k++) {
            if (cues.is("future", tokens, k, clauseEnd) || FUTURE_VERB.matcher(tokens.get(k).folded()).matches()
                    && isVerbish(tokens.get(k))) {
                c.status = Event.Status.PLANNED;
            }
        }
        return true;
    }

    // ---- arguments

    /**
     * The place of the only event of a sentence whose own clause names none: a place the sentence gives in a
     * locative phrase ("في", "قرب", "بـ", a direction), the nearest after the trigger, else the nearest before it.
     * A military base is not taken here (it is the target of attacks).
     */
    private void locativeOfTheSentence(TextAnalysis text, Entities entities, Candidate c, Sentence s) {
        List<Token> tokens = text.tokens();
        EntityMention after = null;
        EntityMention beforeIt = null;
        for (EntityMention em : entities.between(s.firstToken(), s.endToken())) {
            Entity e = entities.get(em.entityId());
            if (e == null || !e.type().isPlaceOnly() || e.type() == EntityType.MILITARY_BASE) {
                continue;
            }
            Token first = tokens.get(em.firstToken());
            String prefix = first.folded().substring(0, Math.max(0,
                    text.folded().foldedIndex(em.span().begin()) - first.foldedBegin()));
            Token prev = em.firstToken() > 0 ? tokens.get(em.firstToken() - 1) : null;
            boolean locative = prefix.endsWith("ب") || prev != null && isAny(prev, "في", "وفي", "قرب", "داخل", "شمال",
                    "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بمدينة", "بمحافظة");
            if (!locative) {
                continue;
            }
            if (em.firstToken() >= c.endToken) {
                if (after == null) {
                    after = em;
                }
            } else {
                beforeIt = em;
            }
        }
        EntityMention place = after != null ? after : beforeIt;
        if (place != null) {
            c.locations.add(place.entityId());
        }
    }

    private void arguments(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                           List<Statement> statements, Candidate c, Sentence s) {
        List<Token> tokens = text.tokens();
        // a sentence without punctuation can be a whole record long: arguments are looked for within reach
        int a = Math.max(s.firstToken(), c.firstToken - 2 * CLAUSE_REACH);
        int b = Math.min(s.endToken(), c.endToken + 2 * CLAUSE_REACH);
        int clauseStart = c.firstToken;
        while (clauseStart > a && clauseStart > c.firstToken - CLAUSE_REACH && !tokens.get(clauseStart - 1).isPunct(".؛;")) {
            clauseStart--;
        }
        // date: the nearest expression in the sentence, preferring one after the trigger in its clause
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
            if (!after && (c.during || c.simultaneous)) {
                continue; // "… في 20 يونيو، خلال الحرب": the date of the event that happened during this one
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
        // entities around the trigger
        Entity byAdjective = null;
        for (NationalityMention n : mentions.nationalities()) {
            if (n.token() == c.endToken) {
                byAdjective = entities.get(n.country());
                if (byAdjective == null) {
                    c.agents.add(n.country());
                }
            }
        }
        if (byAdjective != null) {
            c.agents.add(byAdjective.id());
        }
        Set<String> adjectiveAgents = new HashSet<>(c.agents); // "القصف الأمريكي" still refers back
        int argStart = c.firstToken;
        while (argStart > a && argStart > c.firstToken - ARG_WINDOW && !tokens.get(argStart - 1).isPunct("،,؛;:")) {
            argStart--;
        }
        if (c.family().equals("NegotiationRound") || c.family().equals("Meeting")) {
            argStart = Math.max(a, c.firstToken - 12); // the parties of talks may be named before commas
        }
        int argEnd = c.endToken;
        while (argEnd < b && argEnd < c.endToken + ARG_WINDOW + 4 && !tokens.get(argEnd).isPunct("،,؛;:.")
                && !isAny(tokens.get(argEnd), "فيما", "بينما", "حيث", "حين", "حينما", "عندما")) {
            argEnd++;
        }
        // the genitive right after a noun may be a title's person: "زيارة رئيس الوزراء العراقي محمد شياع السوداني"
        int adjacent = c.endToken;
        TitleMention titleAfter = mentions.titleAtToken(c.endToken);
        if (titleAfter != null && titleAfter.firstToken() == c.endToken && titleAfter.person() != null) {
            adjacent = titleAfter.person().firstToken();
        }
        boolean subjectTaken = false;
        for (EntityMention em : entities.between(argStart, argEnd)) {
            Entity e = entities.get(em.entityId());
            if (e == null) {
                continue;
            }
            Token first = tokens.get(em.firstToken());
            String prefix = first.folded().substring(0, Math.max(0,
                    text.folded().foldedIndex(em.span().begin()) - first.foldedBegin()));
            Token prev = em.firstToken() > 0 ? tokens.get(em.firstToken() - 1) : null;
            boolean before = em.endToken() <= c.firstToken;
            boolean prepositional = prefix.contains("ب") || prefix.contains("ل") || prefix.contains("ك");
            boolean inPlacePhrase = prefix.endsWith("ب") || prev != null && isAny(prev, "في", "بـ", "قرب", "داخل",
                    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط");
            if (e.type().isPlaceOnly() || e.type() == EntityType.COUNTRY && inPlacePhrase) {
                if (!before || inPlacePhrase && c.firstToken - em.endToken() <= 2) {
                    if (e.type() == EntityType.MILITARY_BASE && isAttack(c)) {
                        c.targets.add(e.id());
                    } else {
                        c.locations.add(e.id());
                    }
                }
                continue;
            }
            if (!e.type().isActor()) {
                continue;
            }
            boolean talks = c.family().equals("NegotiationRound") || c.family().equals("Meeting");
            if (before) {
                // "شن تنظيم داعش هجوما", "تنفيذ واشنطن ضربات جوية": the subject of a support verb
                TitleMention titled = mentions.titleAtToken(em.firstToken() - 1);
                int subjectStart = titled != null && titled.person() != null
                        && titled.person().firstToken() == em.firstToken() ? titled.firstToken() : em.firstToken();
                boolean announced = !prepositional && c.firstToken == em.endToken() && c.prefix.isEmpty()
                        && subjectStart > argStart && cues.is("announce-verb", tokens, subjectStart - 1, subjectStart);
                if (announced || !prepositional && c.firstToken - em.endToken() <= 3
                        && supportVerbBefore(tokens, subjectStart, argStart)) {
                    c.agents.add(e.id());
                } else if (inPlacePhrase && c.firstToken - em.endToken() <= 3 && e.type() == EntityType.COUNTRY) {
                    c.locations.add(e.id());
                } else if (talks && !prepositional && e.type() != EntityType.PERSON) {
                    c.participants.add(e.id());
                }
                continue;
            }
            boolean targetNoun = em.firstToken() > 0 && cues.is("target-noun", tokens, em.firstToken() - 1,
                    em.firstToken());
            if (isAttack(c) && targetNoun) {
                c.targets.add(e.id()); // "مواقع حزب العمال الكردستاني", "معاقل داعش"
                continue;
            }
            if (c.verb) {
                // verb, subject, object: "هاجم مسلحون …", "زار الرئيس الفرنسي إيمانويل ماكرون بغداد"
                TitleMention titled = mentions.titleAtToken(c.endToken);
                // "دعا رئيس حكومة إقليم كردستان مسرور بارزاني": a title, its organisation, then the name
                boolean titledSubject = titled != null && titled.firstToken() == c.endToken
                        && em.firstToken() - titled.endToken() <= 3;
                for (int k = c.endToken; titledSubject && k < em.firstToken(); k++) {
                    titledSubject = !tokens.get(k).isPunct();
                }
                int subjectStart = titledSubject ? c.endToken : em.firstToken();
                if (c.relative && isAttack(c)) {
                    // "هجوم صاروخي استهدف مجمع السفارة": the noun before is the subject, what follows the target
                    if (!prepositional || isAny(prev, "على", "ضد")) {
                        c.targets.add(e.id());
                    }
                } else if (!subjectTaken && !prepositional && !isAny(prev, "على", "ضد", "مع", "بين")
                        && subjectStart - c.endToken <= 3 && !inPlacePhrase) {
                    c.agents.add(e.id());
                    subjectTaken = true;
                } else if (isAttack(c) && (!prepositional || isAny(prev, "على", "ضد"))) {
                    c.targets.add(e.id());
                } else if (isAny(prev, "مع", "بين") || talks) {
                    c.participants.add(e.id());
                }
                continue;
            }
            if (isAny(prev, "على", "ضد") && isAttack(c)) {
                c.targets.add(e.id());
            } else if (em.firstToken() == adjacent && !prepositional) {
                // genitive: "استهداف قاعدة …" (target), "زيارة رئيس الوزراء …", "هجوم داعش" (agent)
                boolean attackObject = isAny(tokens.get(c.endToken - 1), "استهداف", "مهاجمة", "قصف", "ضرب");
                if (isAttack(c) && !e.type().isOrganization() || attackObject) {
                    c.targets.add(e.id());
                } else {
                    c.agents.add(e.id());
                }
            } else if (isAny(prev, "مع", "بين") || prefix.startsWith("و") && !c.participants.isEmpty()) {
                c.participants.add(e.id());
            } else if (talks) {
                c.participants.add(e.id());
            }
        }
        // "تعرضت قاعدة عين الأسد إلى قصف": the subject is the target
        for (int k = clauseStart; k < c.firstToken; k++) {
            if (cues.is("target-subject", tokens, k, c.firstToken)) {
                for (int j = k - 1; j >= Math.max(clauseStart, k - 4); j--) {
                    if (tokens.get(j).isPunct()) {
                        break; // "…في الأنبار، بينما استهدف": not the subject
                    }
                    EntityMention before = entities.atToken(j);
                    if (before != null) {
                        c.targets.add(before.entityId());
                        c.agents.remove(before.entityId());
                        c.locations.remove(before.entityId());
                        break;
                    }
                }
                EntityMention em = entities.atToken(k + 1);
                if (em != null) {
                    c.targets.add(em.entityId());
                    c.agents.remove(em.entityId());
                    c.locations.remove(em.entityId());
                }
            }
        }
        // "تبنت مسؤوليته جماعة … "الثائرون""
        for (int k = c.endToken; k < b; k++) {
            Match<String> claim = cues.at("claim", tokens, k, b);
            if (claim != null) {
                for (EntityMention em : entities.between(claim.end(), Math.min(b, claim.end() + 8))) {
                    Entity e = entities.get(em.entityId());
                    if (e != null && e.type().isActor() && e.type() != EntityType.COUNTRY) {
                        c.claimedBy.add(e.id());
                        c.agents.add(e.id());
                        break;
                    }
                }
                break;
            }
        }
        casualties(tokens, c, b);
        // "أعلنت الدنمارك … سحب قواتها": the announcer of its own action is the agent (not of an attack it reports)
        boolean afterComplementizer = c.firstToken > 0 && cues.is("complementizer", tokens, c.firstToken - 1,
                c.firstToken);
        if (c.agents.isEmpty() && !isAttack(c) && !afterComplementizer) {
            for (Statement st : statements) {
                if (st.span().contains(c.mentions.get(0).trigger()) && !st.direct() && st.speakerId() != null
                        && st.span().begin() == c.mentions.get(0).trigger().begin()) {
                    Entity sp = entities.get(st.speakerId());
                    if (sp != null && sp.type() != EntityType.PERSON) {
                        c.agents.add(sp.id());
                    }
                }
            }
        }
        c.targets.removeAll(c.agents);
        if (!adjectiveAgents.containsAll(c.agents) || !c.targets.isEmpty() || c.round != null) {
            c.bare = false;
        }
    }

    /** A support verb ("شن", "تنفيذ") right before the subject, or two words before it ("شنت طائرات التحالف"). */
    private boolean supportVerbBefore(List<Token> tokens, int subject, int from) {
        for (int k = subject - 1; k >= Math.max(from, subject - 2); k--) {
            if (cues.is("support-verb", tokens, k, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAttack(Candidate c) {
        return c.family().equals("Attack");
    }

    /** "خلف أكثر من 130 قتيلا وعشرات الجرحى", "مقتل 5 أشخاص وإصابة 10". */
    private void casualties(List<Token> tokens, Candidate c, int b) {
        for (int k = c.firstToken; k < Math.min(b, c.endToken + 35); k++) {
            boolean killed = cues.is("killed", tokens, k, b);
            boolean wounded = cues.is("wounded", tokens, k, b);
            if (!killed && !wounded) {
                continue;
            }
            Integer n = null;
            if (k > 0) {
                n = number(tokens.get(k - 1));
            }
            if (n == null && k + 1 < b) {
                n = number(tokens.get(k + 1));
            }
            if (n == null && k + 2 < b && !tokens.get(k + 1).isPunct()) {
                n = number(tokens.get(k + 2));
            }
            if (n != null) {
                if (killed && c.killed == null) {
                    c.killed = n;
                } else if (wounded && c.wounded == null) {
                    c.wounded = n;
                }
            }
        }
    }

    private Integer number(Token t) {
        if (t.isNumber()) {
            return Numbers.intValue(t);
        }
        return cardinals.get(Clitics.withoutArticle(t.folded()));
    }

    // ---- merging

    private boolean conflict(Candidate x, Candidate y) {
        if (!x.eventClass.equals(y.eventClass) && specificity(x.eventClass) > 1 && specificity(y.eventClass) > 1) {
            return true;
        }
        if (x.round != null && y.round != null && !x.round.equals(y.round)) {
            return true;
        }
        if (x.date != null && y.date != null && !compatible(x.date, y.date)) {
            return true;
        }
        if (!x.locations.isEmpty() && !y.locations.isEmpty() && placesApart(x.locations, y.locations)) {
            return true;
        }
        if (!x.targets.isEmpty() && !y.targets.isEmpty() && disjoint(x.targets, y.targets)) {
            return true;
        }
        return !x.agents.isEmpty() && !y.agents.isEmpty() && disjoint(x.agents, y.agents);
    }

    /** Two dates that can name the same day: equal where both are known ("2024-08" and "2024-08-05"). */
    static boolean compatible(DateValue x, DateValue y) {
        if (x.year() != null && y.year() != null && !x.year().equals(y.year())) {
            return false;
        }
        if (x.month() != null && y.month() != null && !x.month().equals(y.month())) {
            return false;
        }
        return x.day() == null || y.day() == null || x.day().equals(y.day());
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shares(Candidate x, Candidate y) {
        return !disjoint(x.targets, y.targets) && !x.targets.isEmpty()
                || !disjoint(x.locations, y.locations) && !x.locations.isEmpty() && x.family().equals("Attack")
                || !disjoint(x.targets, y.locations) && !x.targets.isEmpty()
                || !disjoint(x.locations, y.targets) && !x.locations.isEmpty();
    }

    private List<Candidate> mergeAcrossDocument(List<Candidate> all) {
        List<Candidate> found = new ArrayList<>();
        List<Candidate> headlines = new ArrayList<>();
        for (Candidate c : all) {
            (c.headline ? headlines : found).add(c);
        }
        List<Candidate> out = mergeBody(found);
        // a headline's event is the body's event of the same kind, when nothing contradicts
        for (Candidate h : headlines) {
            Candidate into = null;
            for (Candidate d : out) {
                if (d.family().equals(h.family()) && !conflict(d, h)) {
                    into = d;
                    break;
                }
            }
            if (into != null) {
                absorb(into, h);
            } else {
                out.add(0, h);
            }
        }
        return out;
    }

    private List<Candidate> mergeBody(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            Candidate into = null;
            // "الزيارة" refers back to the last visit first, then to the last event of its family
            if (c.distinct) {
                out.add(c);
                continue;
            }
            if ((c.anaphoric || c.bare) && c.date == null && !c.lemma.isEmpty()) {
                for (int k = out.size() - 1; k >= 0 && into == null; k--) {
                    Candidate d = out.get(k);
                    if (d.family().equals(c.family()) && !conflict(d, c) && d.lemmas().contains(c.lemma)) {
                        into = d; // "الضربات" is the strikes named "ضربات جوية" before
                    }
                }
            }
            if ((c.anaphoric || c.bare) && c.date == null) {
                for (int k = out.size() - 1; k >= 0 && into == null; k--) {
                    Candidate d = out.get(k);
                    if (d.eventClass.equals(c.eventClass) && !conflict(d, c) && c.sentence - d.sentence <= 6) {
                        into = d;
                    }
                }
            }
            for (int k = out.size() - 1; k >= 0 && into == null; k--) {
                Candidate d = out.get(k);
                if (!d.family().equals(c.family()) || conflict(d, c)) {
                    continue;
                }
                boolean sameRound = c.round != null && c.round.equals(d.round);
                // "تأجيل إعلان …" and later "بتأجيل الإعلان": one decision named twice
                boolean sameObject = !isAttack(c) && c.eventClass.equals(d.eventClass) && c.object.length() >= 3
                        && c.object.equals(d.object) && c.lemma.equals(d.lemma);
                boolean refersBack = (c.anaphoric || c.bare) && c.date == null && c.sentence - d.sentence <= 6;
                if (sameRound || refersBack || sameObject || shares(d, c)) {
                    into = d;
                    break;
                }
            }
            if (into != null) {
                absorb(into, c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static void absorb(Candidate into, Candidate c) {
        into.mentions.addAll(c.mentions);
        if (specificity(c.eventClass) > specificity(into.eventClass)) {
            into.eventClass = c.eventClass;
            into.cameo = c.cameo;
        }
        if (into.date == null || c.date != null && precision(c.date) > precision(into.date)) {
            if (c.date != null) {
                into.date = c.date;
                into.dateText = c.dateText;
            }
        }
        into.agents.addAll(c.agents);
        into.targets.addAll(c.targets);
        into.targets.removeAll(into.agents);
        into.participants.addAll(c.participants);
        into.locations.addAll(c.locations);
        into.claimedBy.addAll(c.claimedBy);
        into.killed = into.killed != null ? into.killed : c.killed;
        into.wounded = into.wounded != null ? into.wounded : c.wounded;
        into.round = into.round != null ? into.round : c.round;
        if (into.status == Event.Status.PLANNED && c.status == Event.Status.OCCURRED) {
            into.status = Event.Status.OCCURRED;
        }
        into.confidence = Math.min(0.95, Math.max(into.confidence, c.confidence) + 0.05);
    }

    private static int specificity(String cls) {
        return switch (cls) {
            case "Attack", "Meeting", "TalksSuspension", "Agreement", "Postponement" -> 1;
            default -> 2;
        };
    }

    private static int precision(DateValue d) {
        return switch (d.precision()) {
            case DAY -> 5;
            case MONTH_DAY -> 4;
            case MONTH -> 3;
            case MONTH_ONLY -> 2;
            case YEAR -> 1;
        };
    }

    // ---- negotiation tracks

    private static Map<String, NegotiationTrack> tracks(List<Candidate> events, Entities entities) {
        Map<String, NegotiationTrack> tracks = new HashMap<>();
        String docTrack = null;
        for (Candidate c : events) {
            if (!c.eventClass.equals("NegotiationRound")) {
                continue;
            }
            TreeSet<String> parties = new TreeSet<>();
            for (String p : c.participants) {
                if (trackParty(entities.get(p))) {
                    parties.add(p);
                }
            }
            for (String p : c.agents) {
                if (trackParty(entities.get(p))) {
                    parties.add(p);
                }
            }
            if (parties.size() >= 2) {
                String key = String.join("--", parties);
                tracks.putIfAbsent(key, new NegotiationTrack(key, new ArrayList<>(parties)));
                c.track = key;
                docTrack = docTrack == null ? key : docTrack;
            }
        }
        for (Candidate c : events) {
            if (c.eventClass.equals("NegotiationRound") && c.track == null) {
                c.track = docTrack;
            }
        }
        return tracks;
    }

    /** Parties that name a negotiation track: known states, coalitions and organisations. */
    private static boolean trackParty(Entity e) {
        return e != null && e.known() && (e.type() == EntityType.COUNTRY
                || e.type() == EntityType.INTERNATIONAL_COALITION || e.type() == EntityType.INTERNATIONAL_ORGANIZATION
                || e.type() == EntityType.ARMED_GROUP);
    }

    private static boolean isAny(Token t, String... ws) {
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

    /** Definiteness of a token after its proclitics (shared logic with the mention stage). */
    static final class MentionLike {
        private MentionLike() {}

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
}
