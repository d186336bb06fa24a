package org.iraqkg.event;

import static org.iraqkg.event.EventLexicon.isAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Where events happened, beyond the places of their own clause ({@link Roles}): the place a sentence gives in a
 * locative phrase, for an event around its trigger ("وفي مدينة الفلوجة …، أعلنت الشرطة اعتقال …"); and which places of the
 * lexicon lie in which ("القائم" → الأنبار → العراق), so that merging can tell places apart.
 */
final class Places {
    private final EventLexicon words;

    Places(EventLexicon words) {
        this.words = words;
    }

    /** A place's ancestors in the lexicon ("القائم" → الأنبار → العراق), itself first. */
    List<String> placeAndAncestors(String place) {
        List<String> out = new ArrayList<>();
        for (String p = place; p != null && !out.contains(p) && out.size() < 8; p = words.placeParent.get(p)) {
            out.add(p);
        }
        return out;
    }

    /** Whether no place of {@code x} is, contains or lies in a place of {@code y}. */
    boolean apart(Set<String> x, Set<String> y) {
        for (String a : x) {
            for (String b : y) {
                if (placeAndAncestors(a).contains(b) || placeAndAncestors(b).contains(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The place of an event whose own clause names none: a place the sentence gives in a locative phrase ("في",
     * "قرب", "بـ", a direction) within tokens [from, to) of sentence {@code s} (the stretch between the events
     * before and after it; the whole sentence for its only event), the nearest after the trigger, else the nearest
     * before it. A military base is not taken here (it is the target of attacks).
     */
    static void locativeOfTheSentence(TextAnalysis text, Entities entities, Candidate c, Sentence s, int from,
                                      int to) {
        List<Token> tokens = text.tokens();
        EntityMention after = null;
        EntityMention beforeIt = null;
        for (EntityMention em : entities.between(from, to)) {
            Entity e = entities.get(em.entityId());
            if (e == null || !e.type().isPlaceOnly() || e.type() == EntityType.MILITARY_BASE) {
                continue;
            }
            Token first = tokens.get(em.firstToken());
            String prefix = first.folded().substring(0, Math.max(0,
                    text.folded().foldedIndex(em.span().begin()) - first.foldedBegin()));
            if (!EventLexicon.locative(tokens, em.firstToken(), prefix)
                    || EventLexicon.distanceFrom(tokens, em.firstToken())) {
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
}
