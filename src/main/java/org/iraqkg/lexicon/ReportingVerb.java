package org.iraqkg.lexicon;

/**
 * A form of a reporting verb of {@code reporting-verbs.tsv}.
 *
 * @param form   the form as written, without the و/ف conjunction
 * @param lemma  the verb's citation form (past, masculine singular)
 * @param gender 'm', 'f' or 0 when the form does not tell
 * @param plural true for plural (and dual) forms
 * @param kind   past, present, participle (مشيرا، مؤكدة) or passive
 */
public record ReportingVerb(String form, String lemma, char gender, boolean plural, Kind kind) {

    /** The lemma in folded form, for comparisons. */
    public String lemmaFolded() {
        return org.iraqkg.text.ArabicFolding.foldWord(lemma);
    }

    /** Grammatical form. */
    public enum Kind { PAST, PRESENT, PARTICIPLE, PASSIVE }
}
