package org.iraqkg.lexicon;

import java.util.Locale;

/**
 * Kinds of entity the pipeline recognises. The names used in lexicon files are the class names of the
 * ontology ({@code Person}, {@code GovernmentBody}, ...); the RDF layer maps them to classes.
 */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    GOVERNMENT_BODY("GovernmentBody"),
    ARMED_GROUP("ArmedGroup"),
    ARMED_FORCES("ArmedForces"),
    MEDIA_OUTLET("MediaOutlet"),
    INTERNATIONAL_COALITION("InternationalCoalition"),
    INTERNATIONAL_ORGANIZATION("InternationalOrganization"),
    COUNTRY("Country"),
    CITY("City"),
    PROVINCE("Province"),
    REGION("Region"),
    MILITARY_BASE("MilitaryBase"),
    PLACE("Place");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** The ontology class name, as written in lexicon files. */
    public String className() {
        return className;
    }

    /** A place that is only a place (a country is a place that also acts). */
    public boolean isPlaceOnly() {
        return this == CITY || this == PROVINCE || this == REGION || this == MILITARY_BASE || this == PLACE;
    }

    public boolean isPlace() {
        return isPlaceOnly() || this == COUNTRY;
    }

    /** Can speak, act, be an agent: persons, organisations and countries. */
    public boolean isActor() {
        return !isPlaceOnly();
    }

    public boolean isOrganization() {
        return this != PERSON && isActor() && this != COUNTRY;
    }

    /** Parses a class name ({@code GovernmentBody}) or enum name ({@code GOVERNMENT_BODY}). */
    public static EntityType parse(String s) {
        String t = s.strip();
        for (EntityType e : values()) {
            if (e.className.equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown entity type \"" + s + "\"; expected one of "
                + java.util.Arrays.stream(values()).map(EntityType::className).toList());
    }

    @Override
    public String toString() {
        return className.toLowerCase(Locale.ROOT);
    }
}
