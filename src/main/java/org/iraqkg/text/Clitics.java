package org.iraqkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic clitics on folded words: the proclitics و ف (conjunctions), ب ل ك (prepositions), ال (article;
 * ل + ال is written لل), س (future, on verbs), and pronoun suffixes. Gives the candidate readings of a word
 * so that lexicon entries match "والعراق", "بالعراق", "للعراق" and "مفاوضاته".
 */
public final class Clitics {
    private static final String[] SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "نا", "ه"};

    private Clitics() {}

    /**
     * A reading of a word: {@code prefixLength} folded characters of proclitics, then {@code stem}.
     * {@code stem} is not always a substring of the word: "للعراق" reads as ل + "العراق".
     */
    public record Reading(int prefixLength, String stem, String prefix) {}

    /** The word itself, then the readings with conjunction, preposition and the ل+ال contraction removed. */
    public static List<Reading> readings(String w) {
        List<Reading> out = new ArrayList<>(6);
        out.add(new Reading(0, w, ""));
        for (String conj : new String[] {"", "و", "ف"}) {
            if (!w.startsWith(conj)) {
                continue;
            }
            String r = w.substring(conj.length());
            if (!conj.isEmpty()) {
                if (r.length() < 2) {
                    continue;
                }
                out.add(new Reading(conj.length(), r, conj));
            }
            if (r.length() >= 4 && r.startsWith("لل")) {
                out.add(new Reading(conj.length() + 1, "ال" + r.substring(2), conj + "ل"));
            }
            if (r.length() >= 3) {
                char p = r.charAt(0);
                if (p == 'ب' || p == 'ل' || p == 'ك') {
                    out.add(new Reading(conj.length() + 1, r.substring(1), conj + p));
                }
            }
        }
        return out;
    }

    /** True when {@code prefix} is made only of conjunctions (و/ف), so the word is otherwise bare. */
    public static boolean onlyConjunction(String prefix) {
        return prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف");
    }

    /** The stem without a pronoun suffix; a ت left before the suffix is restored to (folded) taa marbuta. */
    public static List<String> withoutSuffix(String stem) {
        List<String> out = new ArrayList<>(3);
        for (String suf : SUFFIXES) {
            if (stem.endsWith(suf) && stem.length() - suf.length() >= 3) {
                String base = stem.substring(0, stem.length() - suf.length());
                out.add(base);
                if (base.endsWith("ت")) {
                    out.add(base.substring(0, base.length() - 1) + "ه");
                }
            }
        }
        return out;
    }

    /** Removes the article ال from a folded word, when present and something remains. */
    public static String withoutArticle(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }
}
