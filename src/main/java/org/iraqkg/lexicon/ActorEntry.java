package org.iraqkg.lexicon;

import java.util.List;
import java.util.Map;

/**
 * A known actor or place of {@code actors.tsv}.
 *
 * @param key      stable identifier, also the last segment of the entity's IRI
 * @param type     ontology class
 * @param labelAr  preferred Arabic name
 * @param labelEn  preferred English name
 * @param aliases  other names and spellings (Arabic or Latin)
 * @param wikidata Wikidata item id (Q…) from a cited source, or empty
 * @param props    further properties: {@code gender}, {@code country}, {@code capitalOf}, {@code locatedIn},
 *                 {@code memberOf}, {@code wikidataSource} (where the Wikidata id comes from)
 */
public record ActorEntry(String key, EntityType type, String labelAr, String labelEn, List<String> aliases,
                         String wikidata, Map<String, String> props) {

    public ActorEntry {
        aliases = List.copyOf(aliases);
        props = Map.copyOf(props);
    }

    public String prop(String name) {
        return props.getOrDefault(name, "");
    }

    /** 'm', 'f', or 0 when unknown. */
    public char gender() {
        String g = prop("gender");
        return g.isEmpty() ? 0 : g.charAt(0);
    }

    /** Key of the country this actor belongs to (its nationality), or empty. */
    public String country() {
        return prop("country");
    }

    /** Key of the country whose government this city's name can stand for, or empty. */
    public String capitalOf() {
        return prop("capitalOf");
    }

    /** All names: Arabic label, English label, aliases. */
    public List<String> names() {
        java.util.ArrayList<String> n = new java.util.ArrayList<>();
        n.add(labelAr);
        if (!labelEn.isEmpty()) {
            n.add(labelEn);
        }
        n.addAll(aliases);
        return n;
    }
}
