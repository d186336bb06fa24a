package org.iraqkg.entity;

import java.util.List;

import org.iraqkg.lexicon.EntityType;

/**
 * A real-world actor or place: one per lexicon key, or one per normalized name for names found in the text.
 * The id is stable across documents, so the same entity gets the same IRI everywhere.
 *
 * @param id         lexicon key, or {@code n-<transliteration>-<hash>} for a name not in the lexicon
 * @param type       ontology class
 * @param labelAr    Arabic name
 * @param labelLatin English name (lexicon) or a transliteration of the Arabic name (found names)
 * @param known      true when the entity comes from the lexicon
 * @param gender     'm', 'f' or 0
 * @param country    key of its country (nationality), or {@code null}
 * @param roles      roles the text gives it ("نائب قائد العمليات المشتركة")
 */
public record Entity(String id, EntityType type, String labelAr, String labelLatin, boolean known, char gender,
                     String country, List<Role> roles) {

    public Entity {
        roles = List.copyOf(roles);
    }

    /**
     * A role stated in the text.
     *
     * @param position key of the position (prime_minister, spokesperson, ...)
     * @param title    the title phrase as written
     * @param roleIn   key of the organisation or country, or {@code null}
     */
    public record Role(String position, String title, String roleIn) {}
}
