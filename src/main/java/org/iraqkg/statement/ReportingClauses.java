package org.iraqkg.statement;

import static org.iraqkg.statement.StatementLexicon.isActor;
import static org.iraqkg.statement.StatementLexicon.isAny;
import static org.iraqkg.statement.StatementLexicon.isOutlet;
import static org.iraqkg.statement.StatementLexicon.isPrepositional;
import static org.iraqkg.statement.StatementLexicon.isTo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.ReportingVerb;
import org.iraqkg.mention.Mentions;
import org.iraqkg.mention.TitleMention;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeExpression;

/**
 * The reporting clause: a reporting verb in any form, its subject (the speaker), the circumstances between the
 * verb and the words (when, in which channel, to which outlet, relayed by whom), and the words themselves: a
 * quotation, a clause opened by أن/إن or a colon, or the object of "أعلن"/"أكد"/"نفى". Also the headline form
 * "NAME: words". When the clause names no speaker, {@link Speakers} finds one; when the subject only describes
 * its source, {@link UnnamedSources} models it.
 */
final class ReportingClauses {
    /** How many words after the verb its subject and circumstances may take before the words begin. */
    static final int SUBJECT_WINDOW = 14;
    /** The fewest words of a statement. */
    static final int MIN_WORDS = 2;

    /** What one reporting verb's rule found out when it gave no statement. */
    static final class Outcome {
        boolean unnamed;
        String reason = "no reported words after the verb";
    }

    /** The lemma of the verbs of denial ("نفى", "نافيا"). */
    private static final String DENY = ArabicFolding.foldString("نفى");

    private final StatementLexicon words;
    private final Speakers speakers;
    private final UnnamedSources unnamedSources;
    private final StatementDates dates;

    ReportingClauses(StatementLexicon words, Speakers speakers, UnnamedSources unnamedSources, StatementDates dates) {
        this.words = words;
        this.speakers = speakers;
        this.unnamedSources = unnamedSources;
        this.dates = dates;
    }

    /** "السوداني: مبررات وجود التحالف انتهت": a name, a colon, the words (headline style). */
    Statement colonStatement(TextAnalysis text, Mentions mentions, Entities entities, Sentence s,
                                     Quotations quotes) {
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
        Quotations.Quote q = quotes.at(begin);
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

    Statement statement(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                                Sentence s, Quotations quotes, Match<ReportingVerb> vm, ReportingVerb rv,
                                String sentenceSpeaker, Speakers.Last last, List<Speakers.Last> recent, Outcome unnamed,
                                Speakers.Last lastWritten, Map<String, UnnamedSource> sources) {
        List<Token> tokens = text.tokens();
        int b = s.endToken();
        int pos = vm.end();
        // "ولم تعلن السلطات …", "لم يؤكد": the speaker did not say it
        if (vm.first() > s.firstToken() && isAny(tokens.get(vm.first() - 1), "لم", "ولم", "لن", "ولن")) {
            unnamed.reason = "a negated reporting verb: the words were not said";
            return null;
        }
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
                speaker = speakers.clauseSubject(text, mentions, entities, s, vm.first(), rv.gender());
            }
            // the last speaker of an earlier sentence only when the participle opens its sentence: after a
            // clause of its own ("أصدر النائب العام … قرارا …، مؤكدا") it belongs to that clause's subject
            if (speaker == null && last != null && (last.sentence() == s.index()
                    || last.sentence() == s.index() - 1 && vm.first() <= s.firstToken() + 1)) {
                speaker = last.speakerId();
            }
            if (Speakers.UNNAMED.equals(speaker)) {
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
            Match<String> comp = words.cues.at("complementizer", tokens, pos, b);
            if (comp != null) {
                contentStart = comp.end();
                break;
            }
            if (t.isPunct(":")) {
                contentStart = pos + 1;
                break;
            }
            if (t.isPunct("\"«“")) {
                Quotations.Quote q = quotes.at(pos);
                // a quoted name (an outlet, a group) is not the statement; a short quoted object is:
                // "أعلن … "انتهاء الحرب""
                boolean name = q != null && entities.atToken(q.open() + 1) != null;
                if (q != null && (q.close() - q.open() > 4 || speaker != null && !name
                        && words.objectVerbs.contains(rv.lemmaFolded()) && q.close() - q.open() > 2)) {
                    contentStart = pos;
                    break;
                }
                pos = q != null ? q.close() + 1 : pos + 1;
                continue;
            }
            TimeExpression te = StatementDates.at(time, pos);
            if (te != null) {
                when = te;
                pos = te.endToken();
                continue;
            }
            if (words.prepositions.contains(t.folded()) && pos + 1 < b) {
                int k = pos + 1;
                if (words.timePositions.contains(tokens.get(k).folded()) && k + 1 < b) {
                    k++;
                }
                TimeExpression after = StatementDates.at(time, k);
                if (after != null) {
                    when = after;
                    pos = after.endToken();
                    continue;
                }
                EntityMention place = entities.atToken(pos + 1);
                if (place != null && place.firstToken() == pos + 1 && !quotes.inQuote(pos + 1)
                        && entities.get(place.entityId()) != null
                        && entities.get(place.entityId()).type().isPlace()) {
                    pos = place.endToken();
                    continue;
                }
            }
            if (words.adjunctOpeners.contains(t.folded()) && words.channelAt(tokens, pos, b) == null) {
                int k = pos + 1;
                while (k < b && k < pos + 8 && !tokens.get(k).isPunct("،,:\"«“")
                        && words.cues.at("complementizer", tokens, k, b) == null) {
                    k++;
                }
                pos = k;
                continue;
            }
            Match<String> ch = words.channelAt(tokens, pos, b);
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
            Match<String> rel = words.cues.at("relay", tokens, pos, b);
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
            // "أفاد المرصد … عن مقتل سبعة أشخاص", "أفادت الشرطة بمقتل …", "أقر بوجود فساد": the prepositional object
            // of the verb is the report; a preposition never opens the subject, so this holds before it is found too
            Set<String> preps = words.prepositionalObjects.get(rv.lemmaFolded());
            if (preps != null && t.isWord()) {
                String f = t.folded();
                if (preps.contains(f) && pos + 1 < b && (tokens.get(pos + 1).isWord()
                        && !words.lexicon.isFunctionWord(tokens.get(pos + 1).folded())
                        || quotes.at(pos + 1) != null)) {
                    contentStart = pos + 1; // "عن مقتل", "إلى إصابة", "عن "ضبط أسلحة""
                    masdarObject = quotes.at(pos + 1) == null;
                    break;
                }
                if (preps.contains("ب") && f.startsWith("ب") && !f.startsWith("بال") && f.length() > 4
                        && !words.lexicon.isFunctionWord(f) && !words.lexicon.isFunctionWord(f.substring(1))) {
                    contentStart = pos; // "بمقتل", "بوجود"
                    masdarObject = true;
                    break;
                }
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
                    // a definite title alone refers back to the person the text gave that title: "وأوضحت الوزيرة"
                    // after "وزيرة الدولة … جمانة غنيمات"
                    String holder = title.person() == null ? speakers.titleReference(mentions, entities, title, rv.gender())
                            : null;
                    if (holder != null) {
                        speaker = holder;
                        speakerSpan = title.span();
                        pos = title.endToken();
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
                if (words.statementNouns.contains(t.folded())) {
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
                    while (k < limit && !words.fromWords.contains(tokens.get(k).folded())) {
                        k++;
                    }
                    while (k < limit && words.fromWords.contains(tokens.get(k).folded())) {
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
                if (words.isAdverb(tokens, pos)) {
                    pos++;
                    continue;
                }
                if (words.isCircumstantial(tokens, pos, b)) {
                    // the participle and its object: "وقال مخاطبا العراقيين "…""
                    pos++;
                    int stop = Math.min(b, pos + 4);
                    while (pos < stop && tokens.get(pos).isWord() && words.cues.at("complementizer", tokens, pos, b) == null
                            && words.verbs.matchesAt(tokens, pos, b).isEmpty()) {
                        pos++;
                    }
                    continue;
                }
                boolean sourceHead = !unresolvedSubject && words.unnamedSource(tokens, pos, b);
                EntityMention named = sourceHead ? unnamedSources.namedAfterHead(entities, quotes, tokens, pos, b) : null;
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
                    UnnamedSources.Described d = unnamedSources.describe(text, entities, time, quotes, pos, b, sources);
                    if (d != null) {
                        speaker = Speakers.SOURCE + d.source().key();
                        speakerSpan = d.span();
                        pos = d.end();
                        afterSpeaker = pos;
                        limit = Math.min(b, Math.max(limit, pos + SUBJECT_WINDOW));
                        continue;
                    }
                }
                if (t.isWord()) {
                    if (words.objectVerbs.contains(rv.lemmaFolded()) && !words.unnamedSubject(tokens, pos, b)
                            && !words.lexicon.isFunctionWord(t.folded()) && !t.folded().startsWith("ل")) {
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
            if (words.callVerbs.contains(rv.lemmaFolded()) && (speaker != null || rv.kind() == ReportingVerb.Kind.PARTICIPLE)
                    && t.isWord() && !words.adjunctOpeners.contains(t.folded())) {
                // a call or threat counts as a statement when its words are quoted: "دعا … إلى "…"",
                // "طالب … بـ"…""; a description also with reported words: "وصفت … الضربة بأنها …"
                Match<String> cc = words.cues.at("call-complement", tokens, pos, b);
                if (cc != null) {
                    boolean describes = rv.lemmaFolded().equals(ArabicFolding.foldWord("وصف"));
                    if (describes || cc.end() < b && quotes.at(cc.end()) != null) {
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
                UnnamedSources.Described d = pos + 1 < b && words.unnamedSource(tokens, pos + 1, b)
                        ? unnamedSources.describe(text, entities, time, quotes, pos + 1, b, sources) : null;
                if (d != null) {
                    relay = speaker;
                    speaker = Speakers.SOURCE + d.source().key();
                    speakerSpan = d.span();
                    pos = d.end();
                    continue;
                }
                unnamed.unnamed = true; // "نقلت الوكالة عن مصادر": the words are not the outlet's
                unnamed.reason = "relayed from a source the text does not name";
                return null;
            }
            if (t.isWord() && words.objectVerbs.contains(rv.lemmaFolded()) && !words.isAdverb(tokens, pos)
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
            String left = speakers.leftSubject(text, mentions, entities, s, vm.first());
            if (left != null) {
                speaker = left;
            }
        }
        // carried over from the previous statement, or an actor earlier in the sentence
        if (speaker == null && !unresolvedSubject && rv.kind() == ReportingVerb.Kind.PAST && !rv.plural()) {
            speaker = speakers.carriedOver(text, mentions, quotes, entities, s, vm.first(), rv.gender(), sentenceSpeaker, last,
                    recent);
        }
        if (speaker == null) {
            unnamed.unnamed = unresolvedSubject;
            unnamed.reason = unresolvedSubject ? "the subject is not a known or named actor"
                    : "no speaker: no subject, and no earlier speaker the verb agrees with";
            return null;
        }
        // the words
        List<Quotations.Quote> contentQuotes = new ArrayList<>();
        Quotations.Quote q = quotes.at(contentStart);
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
            // "أعلنت الوزارة عن لائحة التهم": the preposition of the object is not part of the words
            if (masdarObject && begin + 2 < end && isAny(tokens.get(begin), "عن")) {
                begin++;
            }
            for (Quotations.Quote x : quotes.all()) {
                if (x.open() >= begin && x.close() < end) {
                    contentQuotes.add(x);
                }
            }
            // a reported clause that is mostly a quotation: "بأن الأخير وجه الشكر "لجميع الدول …""
            if (contentQuotes.size() == 1) {
                Quotations.Quote x = contentQuotes.get(0);
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
            Match<String> rel = words.cues.at("relay", tokens, j, b);
            if (rel != null) {
                int[] o = outletAfter(tokens, entities, quotes, rel.end(), b);
                if (o != null) {
                    relay = entities.atToken(o[0]).entityId();
                }
            }
        }
        Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
        if (when == null) {
            when = dates.beforeVerb(tokens, time, quotes, s, vm.first());
        }
        DateValue date = when != null ? when.value() : null;
        String dateText = when != null ? when.text() : null;
        // a speaker quoted again later in the article said it on the day the article gave for the speaker's
        // earlier words ("وقال X أمس …" … "وأضاف X …"), unless this clause names its own day ({@code recent}
        // holds each speaker's latest statement, the last one too)
        if (date == null) {
            for (int k = recent.size() - 1; k >= 0; k--) {
                Speakers.Last r = recent.get(k);
                if (speaker.equals(r.speakerId()) && r.date() != null) {
                    date = r.date();
                    dateText = r.dateText();
                    break;
                }
            }
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
        UnnamedSource described = speaker.startsWith(Speakers.SOURCE) ? sources.get(speaker.substring(Speakers.SOURCE.length())) : null;
        if (described != null) {
            about.remove(described.affiliation());
        }
        return new Statement(span, text.text(span), direct, described != null ? null : speaker, speakerSpan,
                tokens.get(vm.first()).text(), verbSpan, s.span(), date, dateText, channel, outlet, relay,
                new ArrayList<>(about), confidence, "statement." + (direct ? "DirectQuote" : "ReportedSpeech"),
                described, rv.lemmaFolded().equals(DENY));
    }

    /**
     * After the speaker, "، X ،" where X holds no complementizer, verb or quotation is an apposition ("الدنمارك،
     * العضو في التحالف الدولي، الخميس، سحب …"): the index of its closing comma, else {@code comma}.
     */
    private int appositionEnd(List<Token> tokens, Quotations quotes, DocumentTime time, int comma, int b) {
        if (StatementDates.at(time, comma + 1) != null) {
            return comma;
        }
        for (int j = comma + 1; j < Math.min(b, comma + 14); j++) {
            Token u = tokens.get(j);
            if (u.isPunct("\"«“:") || words.cues.is("complementizer", tokens, j, b)
                    || !words.verbs.matchesAt(tokens, j, b).isEmpty()) {
                return comma;
            }
            if (u.isPunct("،,")) {
                return j - comma >= 2 ? j : comma;
            }
        }
        return comma;
    }

    /** An outlet named at {@code pos}, maybe in quotes, maybe after "قناة"/"وكالة": tokens [first, end). */
    private static int[] outletAfter(List<Token> tokens, Entities entities, Quotations quotes, int pos, int limit) {
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

    /** End of a reported clause: the sentence end, or a comma before another reporting clause or a relay. */
    private int clauseEnd(List<Token> tokens, Quotations quotes, int from, int b) {
        for (int k = from; k < b; k++) {
            if (quotes.inQuote(k)) {
                continue;
            }
            Token t = tokens.get(k);
            if (k > from + 1) {
                List<Match<ReportingVerb>> v = words.verbs.matchesAt(tokens, k, b);
                if (!v.isEmpty() && v.get(0).value().kind() == ReportingVerb.Kind.PAST
                        && !words.callVerbs.contains(v.get(0).value().lemmaFolded())) {
                    // "حينما طالبت بغداد بالعودة إلى المفاوضات قالت وسائل إعلام …"; "…، لكنه تعهد": the
                    // conjunction and comma before the next clause's verb are not words of this one
                    int j = k;
                    while (j > from + 1 && (tokens.get(j - 1).isPunct("،,") || isAny(tokens.get(j - 1), "لكن",
                            "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "ثم"))) {
                        j--;
                    }
                    return j;
                }
            }
            if (t.isPunct("،,؛;") && k + 1 < b && isAny(tokens.get(k + 1), "بينما", "فيما", "وفيما", "وبينما")) {
                return k;
            }
            if (t.isPunct("،,؛;") && k + 1 < b && (words.isCircumstantial(tokens, k + 1, b) || isAny(tokens.get(k + 1), "وذلك"))) {
                return k; // "إن بلاده قدمت الدعم …، مشيدا بمواقف قطر"; "…، وذلك في تصريح"
            }
            if (t.isPunct("،,؛;") && k + 1 < b) {
                int j = k + 1;
                if (j + 1 < b && isAny(tokens.get(j), "كما", "فيما", "بينما", "في حين", "وقد", "و")) {
                    j++;
                }
                List<Match<ReportingVerb>> v = words.verbs.matchesAt(tokens, j, b);
                if (!v.isEmpty() && !quotes.inQuote(j) || words.cues.is("relay", tokens, k + 1, b)) {
                    return k;
                }
            }
            if (k > from && words.cues.is("relay", tokens, k, b) && tokens.get(k - 1).isPunct("،,")) {
                return k - 1;
            }
        }
        return b;
    }}
