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
        int longest = 0;
        for (EntityMention x : this.mentions) {
            longest = Math.max(longest, x.endToken() - x.firstToken());
        }
        this.longest = longest;
    }

    /** The number of tokens of the longest mention: how far back a mention covering a token can start. */
    private final int longest;

    /** Index of the first mention whose first token is at or after {@code token} (mentions are in text order). */
    private int firstAtOrAfter(int token) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
        for (int k = firstAtOrAfter(i - longest); k < mentions.size() && mentions.get(k).firstToken() <= i; k++) {
            EntityMention m = mentions.get(k);
            if (i < m.endToken()) {
                return m;
            }
        }
        return null;
    }

    /** Mentions whose first token is in [from, to). */
    public List<EntityMention> between(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        for (int k = firstAtOrAfter(from); k < mentions.size() && mentions.get(k).firstToken() < to; k++) {
            out.add(mentions.get(k));
        }
        return out;
    }
}
