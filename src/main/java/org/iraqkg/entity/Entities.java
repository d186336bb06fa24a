package org.iraqkg.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entity stage's result: the entities of a document and the spans that refer to them. */
public final class Entities {
    private final Map<String, Entity> byId;
    private final List<EntityMention> mentions;

    public Entities(Map<String, Entity> byId, List<EntityMention> mentions) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        List<EntityMention> m = new ArrayList<>(mentions);
        m.sort(Comparator.comparing(EntityMention::span));
        this.mentions = List.copyOf(m);
    }

    public Map<String, Entity> byId() {
        return byId;
    }

    public Entity get(String id) {
        return byId.get(id);
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    /** The mention covering token {@code i}, or {@code null}. */
    public EntityMention atToken(int i) {
        for (EntityMention m : mentions) {
            if (m.firstToken() <= i && i < m.endToken()) {
                return m;
            }
        }
        return null;
    }

    /** Mentions whose first token is in [from, to). */
    public List<EntityMention> between(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.firstToken() >= from && m.firstToken() < to) {
                out.add(m);
            }
        }
        return out;
    }
}
