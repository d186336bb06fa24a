package org.iraqkg.lexicon;

/** A number written in words ({@code numbers.tsv}): a cardinal ("خمسة" 5) or an ordinal ("الثالثة" 3). */
public record NumberWord(String word, int value, boolean ordinal) {}
