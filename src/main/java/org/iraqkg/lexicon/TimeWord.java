package org.iraqkg.lexicon;

/**
 * A relative time word of {@code time-words.tsv}: "أمس" (day -1), "الشهر الجاري" (month 0), "السبت"
 * (weekday 6), "الماضي" (modifier -1).
 *
 * @param phrase the words
 * @param unit   day, week, month, year, weekday or modifier
 * @param value  offset in units, the ISO day of week for weekdays, or the modifier's direction
 */
public record TimeWord(String phrase, String unit, int value) {}
