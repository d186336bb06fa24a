package org.iraqkg.lexicon;

/**
 * A noun that opens a name not in the lexicon: "وزارة …", "حركة …", "قاعدة …", "محافظة …". With
 * {@link Naming#WHOLE} the head word stays part of the name ("وزارة الخارجية", "قاعدة عين الأسد"); with
 * {@link Naming#REST} the name is what follows ("مدينة الموصل" is named "الموصل").
 */
public record HeadWord(String word, EntityType type, Naming naming) {

    /** How the head word takes part in the name. */
    public enum Naming {
        /** "وزارة الخارجية": the head word is part of the name. */
        WHOLE,
        /** "مدينة الموصل": the entity is named by what follows. */
        REST,
        /** "الحكومة العراقية": only with the article and a nationality adjective. */
        ADJ
    }
}
