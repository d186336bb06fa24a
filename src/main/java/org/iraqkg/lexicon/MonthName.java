package org.iraqkg.lexicon;

/** A month name of {@code months.tsv}: Gregorian names of every region, and Hijri months. */
public record MonthName(String name, int month, boolean hijri) {}
