package org.iraqkg.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iraqkg.lexicon.ActorEntry;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.RoleEntry;
import org.iraqkg.lexicon.TitleEntry;
import org.iraqkg.mention.Mention;
import org.iraqkg.mention.Mentions;
import org.iraqkg.mention.TitleMention;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Clitics;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Resolves mentions to entities: a known name to its lexicon entry; a capital used as an actor ("أعلنت
 * بغداد") to its country, kept apart from the city where the text means the place ("في بغداد"); a name
 * found in the text to one entity per normalized name, across documents; a family name to the person named
 * in full earlier; a title without a name ("رئيس الوزراء العراقي") to the person the document introduced
 * with that title, else to the lexicon's holder of the position on the document's date; "المسؤول
 * الأمريكي" to the last person of that country mentioned.
 */
public final class EntityResolver {
    private final Lexicon lexicon;
    private final Set<String> placeContext = new HashSet<>();

    /** Folded names of the lexicon's organisations → their keys (a name shared by two is left out). */
    private final Map<String, String> organisationByName = new HashMap<>();
    /** Key of each of the lexicon's organisations → its names, folded once. */
    private final Map<String, List<String>> organisationNames = new HashMap<>();

    public EntityResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> shared = new HashSet<>();
        for (ActorEntry a : lexicon.actors().values()) {
            if (!a.type().isOrganization()) {
                continue;
            }
            List<String> folded = a.names().stream().map(ArabicFolding::foldString).toList();
            organisationNames.put(a.key(), folded);
            for (String f : folded) {
                String before = organisationByName.putIfAbsent(f, a.key());
                if (before != null && !before.equals(a.key())) {
                    shared.add(f);
                }
            }
        }
        shared.forEach(organisationByName::remove);
        for (String w : new String[] {"في", "إلى", "الى", "من", "نحو", "عبر", "داخل", "خارج", "قرب", "شمال",
            "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "مطار", "محافظة", "مدينة", "أطراف",
            "ضواحي", "حول", "زيارة", "زيارته", "زيارتها", "بين", "سماء", "شوارع", "مناطق", "العاصمة", "عاصمة"}) {
            placeContext.add(ArabicFolding.foldString(w));
        }
    }

    /** Resolves the mentions of one document; {@code date} is its reference date, or {@code null}. */
    public Entities resolve(TextAnalysis text, Mentions mentions, LocalDate date) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<Entity.Role>> roles = new HashMap<>();
        List<EntityMention> out = new ArrayList<>();
        Map<String, String> idByName = new HashMap<>();

        // persons introduced with a title keep the title's role
        Map<Mention, TitleMention> titleOf = new HashMap<>();
        for (TitleMention t : mentions.titles()) {
            if (t.person() != null) {
                titleOf.put(t.person(), t);
            }
        }
        // the organisations of the lexicon that the document names, for their short forms
        Set<String> knownInDocument = new java.util.LinkedHashSet<>();
        for (Mention m : mentions.names()) {
            if (m.key() != null && lexicon.actor(m.key()).type().isOrganization()) {
                knownInDocument.add(m.key());
            }
        }
        String focus = focusCountry(text, mentions);
        Mention prev = null;
        boolean prevGovernment = false;
        for (Mention m : mentions.names()) {
            String id;
            EntityMention.Kind kind = EntityMention.Kind.NAME;
            boolean conjunct = prev != null && m.firstToken() == prev.endToken() && conjunctionOnly(text, m);
            boolean government = false;
            if (m.key() != null) {
                ActorEntry e = lexicon.actor(m.key());
                id = e.key();
                if (!e.capitalOf().isEmpty()) {
                    // "اتفقت بغداد وواشنطن": a conjunct shares the reading of the name before it
                    government = conjunct ? prevGovernment : actsAsGovernment(text, m);
                }
                if (government) {
                    id = e.capitalOf();
                    kind = EntityMention.Kind.METONYM;
                }
                entities.computeIfAbsent(id, k -> known(lexicon.actor(k)));
                if (m.detector().equals("family-name")) {
                    kind = EntityMention.Kind.FAMILY_NAME;
                }
            } else if (m.detector().equals("head-reference")) {
                // "الخلية": the last organisation whose name begins with this head word
                id = null;
                for (int k = out.size() - 1; k >= 0 && id == null; k--) {
                    Entity e = entities.get(out.get(k).entityId());
                    if (e != null && e.type().isOrganization() && startsWithHead(e, m.name())) {
                        id = e.id();
                    }
                }
                if (id == null) {
                    prev = m;
                    prevGovernment = false;
                    continue;
                }
                kind = EntityMention.Kind.REFERENCE;
            } else if (m.type().isOrganization() && ((id = shortFormOf(m, knownInDocument)) != null
                    || (id = ofFocusCountry(m, focus)) != null)) {
                // "وزارة الخارجية" in a document that names "وزارة الخارجية العراقية", or about Iraq: the
                // Iraqi ministry; a name (its short form), not a reference back
                entities.computeIfAbsent(id, k -> known(lexicon.actor(k)));
            } else {
                String norm = EntityIds.normalizedName(m.name());
                id = idByName.computeIfAbsent(norm, k -> EntityIds.forName(m.name()));
                String fid = id;
                entities.computeIfAbsent(id, k -> new Entity(fid, m.type(), m.name(),
                        EntityIds.transliterate(m.name()), false, m.gender(), m.country(), List.of()));
                if (m.detector().equals("family-name")) {
                    kind = EntityMention.Kind.FAMILY_NAME;
                }
            }
            TitleMention t = titleOf.get(m);
            if (t != null && !t.title().position().isEmpty()) {
                roles.computeIfAbsent(id, k -> new ArrayList<>()).add(new Entity.Role(t.title().position(),
                        t.text(), t.orgKey() != null ? t.orgKey() : t.country()));
            }
            out.add(new EntityMention(m.span(), m.text(), m.firstToken(), m.endToken(), id, kind, m.confidence(),
                    m.detector()));
            prev = m;
            prevGovernment = government;
        }
        // titles standing for a person
        for (TitleMention t : mentions.titles()) {
            if (t.person() != null) {
                continue;
            }
            String id = titleReferent(t, mentions, out, entities, date);
            if (id != null) {
                entities.computeIfAbsent(id, k -> lexicon.actor(k) != null ? known(lexicon.actor(k)) : null);
                out.add(new EntityMention(t.span(), t.text(), t.firstToken(), t.endToken(), id,
                        EntityMention.Kind.TITLE, 0.7, "title"));
            }
        }
        Map<String, Entity> withRoles = new LinkedHashMap<>();
        for (Entity e : entities.values()) {
            List<Entity.Role> r = roles.get(e.id());
            withRoles.put(e.id(), r == null ? e : new Entity(e.id(), e.type(), e.labelAr(), e.labelLatin(), e.known(),
                    e.gender(), e.country(), r));
        }
        return new Entities(withRoles, out);
    }

    private static Entity known(ActorEntry e) {
        return new Entity(e.key(), e.type(), e.labelAr(), e.labelEn(), true, e.gender(),
                e.country().isEmpty() ? null : e.country(), List.of());
    }

    /**
     * A capital's name stands for its government when it is not introduced as a place: no preposition
     * before it (as a clitic or a word), no place noun before it, not followed by "العاصمة".
     */
    private boolean actsAsGovernment(TextAnalysis text, Mention m) {
        Token first = text.token(m.firstToken());
        String prefix = first.folded().substring(0, Math.max(0, text.folded().foldedIndex(m.span().begin())
                - first.foldedBegin()));
        if (prefix.contains("ب") || prefix.contains("ل") || prefix.contains("ك")) {
            return false;
        }
        if (m.firstToken() > 0) {
            Token prev = text.token(m.firstToken() - 1);
            for (Clitics.Reading r : Clitics.readings(prev.folded())) {
                if (placeContext.contains(r.stem())) {
                    return false;
                }
            }
        }
        if (m.endToken() < text.tokens().size()) {
            Token next = text.token(m.endToken());
            if (placeContext.contains(next.folded()) && next.folded().equals(ArabicFolding.foldWord("العاصمة"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one organisation of the lexicon named in the document one of whose names begins with the whole of
     * {@code m}'s name followed by more words ("وزارة الخارجية" → "وزارة الخارجية العراقية"), or null when
     * there is none or more than one.
     */
    private String shortFormOf(Mention m, Set<String> known) {
        String f = ArabicFolding.foldString(m.name()).strip();
        if (f.indexOf(' ') < 0) {
            return null; // one word ("الوزارة") is a head-word reference, resolved elsewhere
        }
        String found = null;
        for (String key : known) {
            for (String fn : organisationNames.get(key)) {
                if (fn.startsWith(f + " ")) {
                    if (found != null && !found.equals(key)) {
                        return null;
                    }
                    found = key;
                }
            }
        }
        return found;
    }

    /**
     * The country the document is about: the one its lexicon names point to most (a country, a capital, an
     * actor of that nationality), at least twice and more than any other; or null.
     */
    private String focusCountry(TextAnalysis text, Mentions mentions) {
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : mentions.names()) {
            if (m.key() == null) {
                continue;
            }
            ActorEntry a = lexicon.actor(m.key());
            String c = a.type() == org.iraqkg.lexicon.EntityType.COUNTRY ? a.key()
                    : !a.capitalOf().isEmpty() ? a.capitalOf() : a.country();
            if (c != null && !c.isEmpty()) {
                count.merge(c, 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > bestN) {
                second = bestN;
                bestN = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestN >= 2 && bestN > second ? best : null;
    }

    /**
     * "وزارة الخارجية" without its nationality, in a document about Iraq: the lexicon's "وزارة الخارجية
     * العراقية", if there is exactly that name (the bare name followed by a nationality adjective of the focus
     * country); else null.
     */
    private String ofFocusCountry(Mention m, String focus) {
        if (focus == null) {
            return null;
        }
        String f = ArabicFolding.foldString(m.name()).strip();
        if (f.indexOf(' ') < 0) {
            return null;
        }
        String found = null;
        for (org.iraqkg.lexicon.NationalityEntry n : lexicon.nationalities()) {
            if (!n.country().equals(focus)) {
                continue;
            }
            String key = organisationByName.get(f + " " + ArabicFolding.foldString(n.adjective()));
            if (key != null) {
                if (found != null && !found.equals(key)) {
                    return null;
                }
                found = key;
            }
        }
        return found;
    }

    private boolean startsWithHead(Entity e, String foldedHead) {
        String label = ArabicFolding.foldString(e.labelAr());
        if (Clitics.withoutArticle(label).startsWith(foldedHead) || label.startsWith(foldedHead)) {
            return true;
        }
        for (String f : organisationNames.getOrDefault(e.id(), List.of())) {
            if (f.startsWith(foldedHead) || Clitics.withoutArticle(f).startsWith(foldedHead)) {
                return true;
            }
        }
        return false;
    }

    /** True when the name's only proclitic is the conjunction و. */
    private static boolean conjunctionOnly(TextAnalysis text, Mention m) {
        Token first = text.token(m.firstToken());
        int prefix = text.folded().foldedIndex(m.span().begin()) - first.foldedBegin();
        return prefix == 1 && first.folded().charAt(0) == 'و';
    }

    private String titleReferent(TitleMention t, Mentions mentions, List<EntityMention> resolved,
                                 Map<String, Entity> entities, LocalDate date) {
        TitleEntry title = t.title();
        // 1. the person this document introduced with the same title
        String best = null;
        for (TitleMention earlier : mentions.titles()) {
            if (earlier.firstToken() >= t.firstToken()) {
                break;
            }
            if (earlier.person() != null && !title.position().isEmpty()
                    && title.position().equals(earlier.title().position())
                    && (t.country() == null || t.country().equals(earlier.country()))) {
                best = idAt(resolved, earlier.person().firstToken());
            }
        }
        if (best != null) {
            return best;
        }
        // 2. a generic role word ("المسؤول الأمريكي"): the last person of that country before it
        if (title.kind() == TitleEntry.Kind.GENERIC || title.position().isEmpty()) {
            String last = null;
            for (EntityMention em : resolved) {
                if (em.firstToken() >= t.firstToken()) {
                    break;
                }
                Entity e = entities.get(em.entityId());
                if (e != null && e.type() == EntityType.PERSON
                        && (t.country() == null || t.country().equals(e.country()))) {
                    last = e.id();
                }
            }
            return last;
        }
        // 3. the lexicon's holder of the position on the document's date
        if (date != null && t.country() != null) {
            List<RoleEntry> holders = lexicon.holders(title.position(), t.country(), date);
            if (holders.size() == 1) {
                return holders.get(0).holder();
            }
        }
        return null;
    }

    private static String idAt(List<EntityMention> resolved, int token) {
        for (EntityMention m : resolved) {
            if (m.firstToken() == token) {
                return m.entityId();
            }
        }
        return null;
    }
}
