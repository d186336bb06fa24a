package org.iraqkg.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Sentence;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.TimeExpression;

/**
 * An event being built: what the trigger rules found, what the status, date and role rules add, and what
 * merging gathers from other mentions. {@link #toEvent()} makes the immutable {@link Event}, keeping the id
 * of the rule that found the first mention.
 */
final class Candidate {
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
    /** After a demonstrative ("هذا الاجتماع"): names an event of the text, never a new one. */
    boolean demonstrative;
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
    /** The id of the rule that made it: {@code event.Trigger}, {@code event.NegotiationRound}, {@code event.Signing}. */
    String extractor;

    String family() {
        return family(eventClass);
    }

    boolean isAttack() {
        return family().equals("Attack");
    }

    /** The lemmas of the words of all its triggers. */
    Set<String> lemmas() {
        Set<String> out = new HashSet<>();
        for (EventMention m : mentions) {
            for (String w : ArabicFolding.foldString(m.triggerText()).split("\\s+")) {
                out.add(EventLexicon.lemma(w));
            }
        }
        return out;
    }

    /** The family of an event class: the kinds of attack are attacks, a visit is a meeting. */
    static String family(String c) {
        return switch (c) {
            case "Attack", "RocketAttack", "DroneAttack", "AirStrike", "Bombing" -> "Attack";
            case "TalksSuspension" -> "TalksSuspension";
            case "Meeting", "Visit" -> "Meeting";
            case "Agreement", "JointStatement" -> "Agreement";
            default -> c;
        };
    }

    /** The first token rules look at for its arguments and date: a sentence without punctuation can be a whole record long. */
    int reachStart(Sentence s) {
        return Math.max(s.firstToken(), firstToken - 2 * EventLexicon.CLAUSE_REACH);
    }

    /** The end of the tokens rules look at for its arguments and date. */
    int reachEnd(Sentence s) {
        return Math.min(s.endToken(), endToken + 2 * EventLexicon.CLAUSE_REACH);
    }

    Event toEvent() {
        return new Event(mentions, eventClass, cameo, status, date, dateText, new ArrayList<>(agents),
                new ArrayList<>(targets), new ArrayList<>(participants), new ArrayList<>(locations),
                new ArrayList<>(claimedBy), killed, wounded, round, track, confidence, extractor);
    }
}
