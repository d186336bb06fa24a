package org.iraqkg.statement;

import static org.iraqkg.statement.StatementLexicon.afterPreposition;
import static org.iraqkg.statement.StatementLexicon.isActor;
import static org.iraqkg.statement.StatementLexicon.isAny;
import static org.iraqkg.statement.StatementLexicon.isPrepositional;

import java.util.List;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.TitleEntry;
import org.iraqkg.mention.Mentions;
import org.iraqkg.mention.TitleMention;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;

/**
 * Who speaks when the reporting verb's clause does not name the speaker after the verb: a subject before the
 * verb ("وكانت بريطانيا قالت إن"), the subject of the clause a participle hangs on, or the speaker carried over
 * from earlier statements ("وأضاف:", "وأضافت" after a woman's statement), in gender agreement with the verb.
 */
final class Speakers {
    /** Stands for a speaker the text does not name ("قال مسؤول كردي"): what follows does not attach elsewhere. */
    static final String UNNAMED = "\u0000unnamed";
    /** Prefix of the speaker key of a described source, within one document's extraction. */
    static final String SOURCE = "\u0001source:";

    /** The last speaker, for "وأضاف:" and "مشيرًا إلى أن". */
    record Last(String speakerId, int sentence, DateValue date, String dateText) {}

    private final StatementLexicon words;

    Speakers(StatementLexicon words) {
        this.words = words;
    }

    /** A subject before the verb: "وكانت بريطانيا قالت إن", "وكان السوداني، قد قال إن". */
    String leftSubject(TextAnalysis text, Mentions mentions, Entities entities, Sentence s, int verb) {
        List<Token> tokens = text.tokens();
        int k = verb - 1;
        int steps = 0;
        while (k >= s.firstToken() && steps < 10) {
            Token t = tokens.get(k);
            if (t.isPunct("،,") || words.isAdverb(tokens, k) || isAny(t, "قد", "كان", "كانت", "وكان", "وكانت")) {
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

    /**
     * The subject of the clause a participle hangs on: the first actor in the sentence before it that is not in
     * a prepositional phrase, maybe after a title, and that agrees with the participle's gender.
     */
    String clauseSubject(TextAnalysis text, Mentions mentions, Entities entities, Sentence s, int participle,
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

    /**
     * The person a definite title without a name refers back to: the latest person mentioned before it whom the
     * text gave a title with the same head noun ("الوزيرة" after "وزيرة الدولة … جمانة غنيمات", "المتحدث" after
     * "المتحدث باسم الوزارة يحيى رسول"), or, for a generic title with a nationality ("المسؤول التركي"), the
     * latest titled person of that country. The person must agree with the verb's gender.
     */
    String titleReference(Mentions mentions, Entities entities, TitleMention title, char gender) {
        String head = bareHead(title.title().phrase());
        boolean generic = title.title().kind() == TitleEntry.Kind.GENERIC;
        if (generic && title.country() == null) {
            return null; // "المسؤول" alone
        }
        String found = null;
        for (TitleMention t : mentions.titles()) {
            if (t.endToken() > title.firstToken()) {
                break;
            }
            if (t.person() == null) {
                continue;
            }
            EntityMention holder = entities.atToken(t.person().firstToken());
            Entity e = holder == null ? null : entities.get(holder.entityId());
            if (e == null || e.type() != EntityType.PERSON || !agrees(e, gender)) {
                continue;
            }
            boolean same = generic ? title.country().equals(t.country())
                    : (" " + ArabicFolding.foldString(t.text()) + " ").contains(" " + head + " ")
                    || bareHead(t.title().phrase()).equals(head);
            if (same) {
                found = e.id(); // the latest
            }
        }
        return found;
    }

    /** The first word of a title phrase, folded, without the article: "الوزيرة" -> "وزيره". */
    private static String bareHead(String phrase) {
        String head = ArabicFolding.foldString(phrase).split(" ")[0];
        return head.startsWith("ال") && head.length() > 4 ? head.substring(2) : head;
    }

    /** The actor right after the sentence's first word (a verb), maybe after a title: "واستنكر الأمين العام … X". */
    private static boolean openingSubject(Mentions mentions, Sentence s, EntityMention em) {
        if (em.firstToken() == s.firstToken() + 1) {
            return true;
        }
        TitleMention t = mentions.titleAtToken(s.firstToken() + 1);
        return t != null && t.firstToken() == s.firstToken() + 1 && t.person() != null
                && t.person().firstToken() == em.firstToken();
    }

    /**
     * The speaker of a verb without a subject: the sentence's speaker, the subject of the sentence's first verb,
     * an actor earlier in the sentence, the last speaker of the last three sentences, or the most recent
     * person the verb agrees with.
     */
    String carriedOver(TextAnalysis text, Mentions mentions, Quotations quotes, Entities entities, Sentence s,
                       int verb, char gender, String sentenceSpeaker, Last last, List<Last> recent) {
        if (UNNAMED.equals(sentenceSpeaker)) {
            return null;
        }
        if (sentenceSpeaker != null && agrees(entities, sentenceSpeaker, gender)) {
            return sentenceSpeaker;
        }
        // an actor earlier in the sentence that can be the subject: "وأعلنت بغداد رفضها …، وقالت إن"
        String candidate = null;
        boolean prevInPhrase = false;
        EntityMention prevMention = null;
        for (EntityMention em : entities.between(s.firstToken(), verb)) {
            Entity e = entities.get(em.entityId());
            if (quotes.inLongQuote(em.firstToken())) {
                continue;
            }
            boolean conjunct = prevMention != null && em.firstToken() == prevMention.endToken()
                    && text.token(em.firstToken()).folded().startsWith("و");
            boolean inPhrase = isPrepositional(text, em) || afterPreposition(text, em) || conjunct && prevInPhrase;
            if (e != null && e.type().isActor() && !inPhrase && agrees(e, gender)
                    && (e.type() == EntityType.PERSON || e.type() == EntityType.COUNTRY || e.type().isOrganization())) {
                candidate = e.id();
            }
            prevInPhrase = inPhrase;
            prevMention = em;
        }
        // the subject of the sentence's first verb: "واجتاح داعش …، وأعلن"
        String opening = openingSubjectOf(text, mentions, entities, s, verb, gender, true);
        if (opening != null) {
            return opening;
        }
        if (candidate != null && (last == null || !agrees(entities, last.speakerId(), gender))) {
            return candidate;
        }
        // "ودان رئيس الوزراء عمر الرزاز السبت الهجوم. وقال إن …": the subject of the sentence just before, when
        // the last statement is older than that sentence
        if (s.index() > 0 && (last == null || last.sentence() < s.index() - 1)) {
            Sentence before = text.sentences().get(s.index() - 1);
            // a country opening the sentence before is rarely what a later "وقال" refers to
            String previous = openingSubjectOf(text, mentions, entities, before, before.endToken(), gender, false);
            if (previous != null) {
                return previous;
            }
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

    /**
     * The subject of the first verb of sentence {@code p}, before token {@code end}: a person or organisation
     * (or a country, when {@code countries}) right after the first word, maybe after a title, that agrees with
     * {@code gender}.
     */
    private static String openingSubjectOf(TextAnalysis text, Mentions mentions, Entities entities, Sentence p,
                                           int end, char gender, boolean countries) {
        for (EntityMention em : entities.between(p.firstToken(), Math.min(end, p.firstToken() + 9))) {
            Entity e = entities.get(em.entityId());
            if (e != null && (e.type() == EntityType.PERSON || countries && e.type() == EntityType.COUNTRY
                    || e.type().isOrganization()) && agrees(e, gender) && !isPrepositional(text, em)
                    && !afterPreposition(text, em)
                    && openingSubject(mentions, p, em)) {
                return e.id();
            }
        }
        return null;
    }

    /** Whether a speaker (an entity, or a described source) agrees with the verb's gender. */
    static boolean agrees(Entities entities, String speaker, char verbGender) {
        if (speaker != null && speaker.startsWith(SOURCE)) {
            return true;
        }
        return agrees(speaker == null ? null : entities.get(speaker), verbGender);
    }

    /** A feminine verb takes a woman, a country or an organisation; a masculine one not a woman. */
    static boolean agrees(Entity e, char verbGender) {
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
}
