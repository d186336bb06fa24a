package org.iraqkg.lexicon;

/**
 * A title of {@code titles.tsv} as written before a name: an office ("وزير الخارجية"), a military rank
 * ("الفريق أول ركن"), an honorific ("الشيخ") or a generic role word ("المسؤول", "المتحدث باسم").
 *
 * @param phrase   the words, as written
 * @param position key of the position (office) it names, or empty for ranks and honorifics
 * @param gender   'm', 'f' or 0 when the form does not tell
 * @param kind     office, rank, honorific or generic
 * @param labelEn  English rendering
 */
public record TitleEntry(String phrase, String position, char gender, Kind kind, String labelEn) {

    /** What kind of title. */
    public enum Kind { OFFICE, RANK, HONORIFIC, GENERIC }
}
