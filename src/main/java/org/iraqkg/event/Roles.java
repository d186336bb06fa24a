package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.ARG_WINDOW;
import static org.iraqkg.event.EventLexicon.CLAUSE_REACH;
import static org.iraqkg.event.EventLexicon.isAny;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.mention.Mentions;
import org.iraqkg.mention.NationalityMention;
import org.iraqkg.mention.TitleMention;
import org.iraqkg.statement.Statement;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * The entities around a trigger by role: agent ("شن تنظيم داعش هجوما", "القصف الأمريكي", the announcer of its
 * own action), target ("استهداف قاعدة …", "تعرضت قاعدة عين الأسد إلى قصف", "مواقع حزب العمال"), participants of
 * talks ("مع", "بين"), the places of its clause (a military base is the target of an attack), and who claimed
 * it ("تبنت مسؤوليته جماعة …").
 */
final class Roles {
    private final EventLexicon words;

    Roles(EventLexicon words) {
        this.words = words;
    }

    /**
     * "هجوم صاروخي استهدف": a verb right after a noun trigger is a relative clause of it ({@code here} is sorted
     * by first token: only the few candidates just before a verb can end next to it).
     */
    static void markRelatives(List<Candidate> here) {
        for (int i = 0; i < here.size(); i++) {
            Candidate c = here.get(i);
            for (int j = i - 1; c.verb && j >= 0 && here.get(j).firstToken >= c.firstToken - 16; j--) {
                Candidate d = here.get(j);
                if (!d.verb && d.endToken <= c.firstToken && c.firstToken - d.endToken <= 1) {
                    c.relative = true;
                }
            }
        }
    }

    /** Gives a candidate of sentence {@code s} its agents, targets, participants, locations and claimants. */
    void assign(TextAnalysis text, Mentions mentions, Entities entities, List<Statement> statements, Candidate c,
                Sentence s) {
        List<Token> tokens = text.tokens();
        int a = c.reachStart(s);
        int b = c.reachEnd(s);
        int clauseStart = c.firstToken;
        while (clauseStart > a && clauseStart > c.firstToken - CLAUSE_REACH && !tokens.get(clauseStart - 1).isPunct(".؛;")) {
            clauseStart--;
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
            boolean inPlacePhrase = EventLexicon.locative(tokens, em.firstToken(), prefix);
            if (EventLexicon.distanceFrom(tokens, em.firstToken())) {
                continue; // "تبعد 12 كلم غرب كركوك": away from the place, not in it
            }
            if (e.type().isPlaceOnly() || e.type() == EntityType.COUNTRY && inPlacePhrase) {
                if (!before || inPlacePhrase && c.firstToken - em.endToken() <= 2) {
                    if (e.type() == EntityType.MILITARY_BASE && c.isAttack()) {
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
                        && subjectStart > argStart && words.cues.is("announce-verb", tokens, subjectStart - 1, subjectStart);
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
            boolean targetNoun = em.firstToken() > 0 && words.cues.is("target-noun", tokens, em.firstToken() - 1,
                    em.firstToken());
            if (c.isAttack() && targetNoun) {
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
                if (c.relative && c.isAttack()) {
                    // "هجوم صاروخي استهدف مجمع السفارة": the noun before is the subject, what follows the target
                    if (!prepositional || isAny(prev, "على", "ضد")) {
                        c.targets.add(e.id());
                    }
                } else if (!subjectTaken && !prepositional && !isAny(prev, "على", "ضد", "مع", "بين")
                        && subjectStart - c.endToken <= 3 && !inPlacePhrase) {
                    c.agents.add(e.id());
                    subjectTaken = true;
                } else if (c.isAttack() && (!prepositional || isAny(prev, "على", "ضد"))) {
                    c.targets.add(e.id());
                } else if (isAny(prev, "مع", "بين") || talks) {
                    c.participants.add(e.id());
                }
                continue;
            }
            if (isAny(prev, "على", "ضد") && c.isAttack()) {
                c.targets.add(e.id());
            } else if (em.firstToken() == adjacent && !prepositional) {
                // genitive: "استهداف قاعدة …" (target), "زيارة رئيس الوزراء …", "هجوم داعش" (agent)
                boolean attackObject = isAny(tokens.get(c.endToken - 1), "استهداف", "مهاجمة", "قصف", "ضرب");
                if (c.isAttack() && !e.type().isOrganization() || attackObject) {
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
            if (words.cues.is("target-subject", tokens, k, c.firstToken)) {
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
            Match<String> claim = words.cues.at("claim", tokens, k, b);
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
        // "أعلنت الدنمارك … سحب قواتها": the announcer of its own action is the agent (not of an attack it reports)
        boolean afterComplementizer = c.firstToken > 0 && words.cues.is("complementizer", tokens, c.firstToken - 1,
                c.firstToken);
        if (c.agents.isEmpty() && !c.isAttack() && !afterComplementizer) {
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
            if (words.cues.is("support-verb", tokens, k, k + 1)) {
                return true;
            }
        }
        return false;
    }
}
