package org.iraqkg.lexicon;

/**
 * A month name of {@code months.tsv}: Gregorian names of every region, and Hijri months. An ambiguous name
 * ("آب" is also "father", "صفر" also "zero") counts as a month only beside a day, a year, "شهر" or another
 * month name.
 */
public record MonthName(String name, int month, boolean hijri, boolean ambiguous) {}
