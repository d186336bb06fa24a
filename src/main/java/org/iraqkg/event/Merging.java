package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.isAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.iraqkg.text.Token;
import org.iraqkg.time.DateValue;

/**
 * Mentions of one event gathered into one: the same-family triggers of a clause ("قصف صاروخي … الضربة", "تجمدت
 * المفاوضات أو تأجلت"); across the document, rounds with the same ordinal, later mentions that refer back ("هذا
 * الاستهداف", "الضربات", "زيارته") or share a target or place, one decision named twice ("تأجيل إعلان …" and
 * "بتأجيل الإعلان"); and a headline's event into the body's event of its kind. Nothing merges when class,
 * round, date, places, targets or agents contradict. The merged event keeps the most specific class, the most
 * precise date, and the rule id of its first mention.
 */
final class Merging {
    private final Places places;

    Merging(Places places) {
        this.places = places;
    }

    /** Adds {@code c} to the events of its sentence so far ({@code merged}), or merges it into one of them. */
    void intoSentence(List<Candidate> merged, Candidate c, List<Token> tokens) {
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

    /** The events of a document from the events of its sentences, in order; headline events first. */
    List<Candidate> acrossDocument(List<Candidate> all) {
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
                boolean sameObject = !c.isAttack() && c.eventClass.equals(d.eventClass) && c.object.length() >= 3
                        && c.object.equals(d.object) && c.lemma.equals(d.lemma);
                // "هذا الاجتماع" names an event of the text however far back it was told
                boolean refersBack = (c.anaphoric || c.bare) && c.date == null
                        && (c.sentence - d.sentence <= 6 || c.demonstrative);
                if (sameRound || refersBack || sameObject || shares(d, c)) {
                    into = d;
                    break;
                }
            }
            if (into == null && c.demonstrative && c.date == null) {
                continue; // "هذا الاجتماع" with no meeting told before: no new event
            }
            if (into != null) {
                absorb(into, c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether two candidates cannot be one event: classes, rounds, dates, places, targets or agents differ. */
    boolean conflict(Candidate x, Candidate y) {
        if (!x.eventClass.equals(y.eventClass) && specificity(x.eventClass) > 1 && specificity(y.eventClass) > 1) {
            return true;
        }
        if (x.round != null && y.round != null && !x.round.equals(y.round)) {
            return true;
        }
        if (x.date != null && y.date != null && !compatible(x.date, y.date)) {
            return true;
        }
        if (!x.locations.isEmpty() && !y.locations.isEmpty() && places.apart(x.locations, y.locations)) {
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

    /** A target in common, or (for attacks) a place; or a target of one is a place of the other. */
    static boolean shares(Candidate x, Candidate y) {
        return !disjoint(x.targets, y.targets) && !x.targets.isEmpty()
                || !disjoint(x.locations, y.locations) && !x.locations.isEmpty() && x.family().equals("Attack")
                || !disjoint(x.targets, y.locations) && !x.targets.isEmpty()
                || !disjoint(x.locations, y.targets) && !x.locations.isEmpty();
    }

    /** Merges {@code c} into {@code into}: mentions, the more specific class, the more precise date, arguments. */
    static void absorb(Candidate into, Candidate c) {
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

    static int specificity(String cls) {
        return switch (cls) {
            case "Attack", "Meeting", "TalksSuspension", "Agreement", "Postponement" -> 1;
            default -> 2;
        };
    }

    static int precision(DateValue d) {
        return switch (d.precision()) {
            case DAY -> 5;
            case MONTH_DAY -> 4;
            case MONTH -> 3;
            case MONTH_ONLY -> 2;
            case YEAR -> 1;
        };
    }
}
