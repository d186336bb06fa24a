package org.iraqkg.lexicon;

/**
 * A noun that opens a name not in the lexicon: "وزارة …", "حركة …", "قاعدة …", "محافظة …". With
 * {@code wholeName} the head word stays part of the name ("وزارة الخارجية"); otherwise the name is what
 * follows ("قاعدة عين الأسد" is still named with its head, "مدينة الموصل" is named "الموصل").
 */
public record HeadWord(String word, EntityType type, boolean wholeName) {}
