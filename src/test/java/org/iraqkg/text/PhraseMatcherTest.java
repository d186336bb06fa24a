package org.iraqkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.PhraseMatcher.Options;
import org.junit.jupiter.api.Test;

/** Lexicon phrases found in token sequences, with clitics, articles, suffixes and numbers. */
class PhraseMatcherTest {

    private static List<Token> tokens(String s) {
        return Tokenizer.tokenize(ArabicFolding.fold(s));
    }

    private static List<Match<String>> find(PhraseMatcher<String> m, String s) {
        List<Token> ts = tokens(s);
        return m.findAll(ts, 0, ts.size());
    }

    /** Matches as "value[first,end)prefix". */
    private static List<String> found(PhraseMatcher<String> m, String s) {
        List<String> out = new ArrayList<>();
        for (Match<String> x : find(m, s)) {
            out.add(x.value() + "[" + x.first() + "," + x.end() + ")" + x.prefix());
        }
        return out;
    }

    private static PhraseMatcher<String> names() {
        return new PhraseMatcher<String>(Options.NAMES).add("العراق", "iraq").add("بغداد", "baghdad")
                .add("الحكومة", "gov").add("الحكومة العراقية", "iraqi-gov").add("الولايات المتحدة", "usa");
    }

    @Test
    void namesWithConjunctionAndPreposition() {
        PhraseMatcher<String> m = names();
        Match<String> x = find(m, "وللعراق").get(0);
        assertEquals("iraq", x.value());
        assertEquals(2, x.prefixLength());
        assertEquals("ول", x.prefix());
        assertEquals("العراق", x.phrase());
        Match<String> y = find(m, "بالعراق").get(0);
        assertEquals(1, y.prefixLength());
        assertEquals("ب", y.prefix());
        assertEquals(List.of("iraq[0,1)", "iraq[0,1)و", "iraq[0,1)ل", "iraq[0,1)ف", "iraq[0,1)ك"),
                List.of(found(m, "العراق").get(0), found(m, "والعراق").get(0), found(m, "للعراق").get(0),
                        found(m, "فالعراق").get(0), found(m, "كالعراق").get(0)));
        assertEquals(List.of("baghdad[0,1)ف"), found(m, "فبغداد"));
        assertEquals(List.of("gov[0,1)ول"), found(m, "وللحكومة"));
    }

    @Test
    void prefixLengthPointsIntoTheFoldedToken() {
        List<Token> ts = tokens("قال مصدر إن وللعراق حقا");
        Match<String> x = names().findAll(ts, 0, ts.size()).get(0);
        Token t = ts.get(x.first());
        assertEquals("وللعراق", t.text());
        assertEquals("ول", t.folded().substring(0, x.prefixLength()));
    }

    @Test
    void wholeWordsOnly() {
        PhraseMatcher<String> m = names();
        assertEquals(List.of(), found(m, "القوات العراقية"));
        assertEquals(List.of(), found(m, "العراقيين"));
        assertEquals(List.of(), found(m, "عراق"));
        assertEquals(List.of("iraq[2,3)"), found(m, "الشعب الشقيق العراق"));
    }

    @Test
    void namesDoNotTakeArticleOrSuffixVariation() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES).add("غارات جوية", "air")
                .add("مفاوضات", "talks");
        assertEquals(List.of(), found(m, "الغارات الجوية"));
        assertEquals(List.of(), found(m, "مفاوضاته"));
        assertEquals(List.of("air[0,2)"), found(m, "غارات جوية"));
    }

    @Test
    void multiWordNamesAndLongestMatchFirst() {
        PhraseMatcher<String> m = names();
        assertEquals(List.of("usa[1,3)"), found(m, "قالت الولايات المتحدة"));
        assertEquals(List.of("iraqi-gov[0,2)"), found(m, "الحكومة العراقية"));
        assertEquals(List.of("iraqi-gov[1,3)و", "gov[4,5)"), found(m, "أكدت والحكومة العراقية أن الحكومة ستتفاوض"));
    }

    @Test
    void matchesAtListsLongestFirst() {
        PhraseMatcher<String> m = names();
        List<Token> ts = tokens("الحكومة العراقية");
        List<Match<String>> all = m.matchesAt(ts, 0, ts.size());
        assertEquals(2, all.size());
        assertEquals("iraqi-gov", all.get(0).value());
        assertEquals("gov", all.get(1).value());
        // a limit cuts longer matches off
        assertEquals(List.of("gov"), m.matchesAt(ts, 0, 1).stream().map(Match::value).toList());
    }

    @Test
    void findAllRespectsItsRange() {
        PhraseMatcher<String> m = names();
        List<Token> ts = tokens("العراق وبغداد والعراق");
        assertEquals(3, m.findAll(ts, 0, 3).size());
        assertEquals(List.of("baghdad"), m.findAll(ts, 1, 2).stream().map(Match::value).toList());
    }

    @Test
    void alternation() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES).add("سحب قوات|جنود", "withdraw");
        assertEquals(2, m.size());
        assertEquals(List.of("withdraw[0,2)"), found(m, "سحب قوات"));
        assertEquals(List.of("withdraw[1,3)"), found(m, "قرر سحب جنود"));
        assertEquals(List.of(), found(m, "سحب طائرات"));
        assertEquals("سحب جنود", find(m, "سحب جنود").get(0).phrase());
    }

    @Test
    void numberPlaceholder() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES).add("سحب #NUM جندي", "withdraw-n");
        assertEquals(List.of("withdraw-n[1,4)"), found(m, "أعلن سحب 400 جندي"));
        assertEquals(List.of("withdraw-n[0,3)"), found(m, "سحب ٤٠٠ جندي"));
        assertEquals(List.of("withdraw-n[0,3)"), found(m, "سحب 2,500 جندي"));
        assertEquals(List.of(), found(m, "سحب ألف جندي")); // the default predicate takes digits only
        assertEquals(List.of(), found(m, "سحب جندي"));
    }

    @Test
    void numberPlaceholderWithNumberWords() {
        Set<String> words = Set.of("اربعه", "الف");
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES,
                t -> t.isNumber() || words.contains(t.folded())).add("#NUM صواريخ", "rockets");
        assertEquals(List.of("rockets[1,3)"), found(m, "سقطت أربعة صواريخ"));
        assertEquals(List.of("rockets[1,3)"), found(m, "سقطت 4 صواريخ"));
        assertEquals(List.of(), found(m, "سقطت عدة صواريخ"));
    }

    @Test
    void dottedAbbreviationMatchesItsOwnTokens() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES).add("بي.بي.سي", "bbc");
        assertEquals(List.of("bbc[1,6)"), found(m, "قالت بي.بي.سي إن"));
    }

    @Test
    void phraseIsFoldedLikeTheText() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES).add("عين الأسد", "base")
                .add("الحشـد الشعبي", "pmf");
        assertEquals(List.of("base[2,4)"), found(m, "قصف قاعدة عينِ الاسد"));
        assertEquals(List.of("pmf[0,2)و"), found(m, "والحشد الشعبيّ"));
    }

    @Test
    void nounsAccusativeSuffixAndArticle() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NOUNS).add("هجوم", "attack")
                .add("مفاوضات", "talks").add("غارات جوية", "airstrikes").add("زيارة", "visit")
                .add("انسحاب قوات", "withdrawal");
        assertEquals(List.of("attack[1,2)"), found(m, "شنوا هجوما"));
        assertEquals(List.of("attack[1,2)"), found(m, "شنوا هجوماً"));
        assertEquals(List.of("attack[0,1)ب"), found(m, "بالهجوم"));
        assertEquals(List.of("talks[1,2)"), found(m, "استأنف مفاوضاته"));
        assertEquals(List.of("talks[0,1)و"), found(m, "والمفاوضات"));
        assertEquals(List.of("airstrikes[0,2)"), found(m, "الغارات الجوية"));
        assertEquals(List.of("airstrikes[0,2)"), found(m, "غارات جوية"));
        assertEquals(List.of("visit[1,2)"), found(m, "بعد زيارته"));
        assertEquals(List.of("withdrawal[0,2)"), found(m, "انسحاب قواته"));
        assertEquals(List.of("withdrawal[0,2)"), found(m, "انسحاب القوات"));
        assertEquals(List.of(), found(m, "الهجومين"));
    }

    @Test
    void exactAndVerbOptions() {
        PhraseMatcher<String> exact = new PhraseMatcher<String>(Options.EXACT).add("العراق", "iraq");
        assertEquals(List.of(), found(exact, "والعراق"));
        assertEquals(List.of("iraq[0,1)"), found(exact, "العراق"));
        PhraseMatcher<String> verbs = new PhraseMatcher<String>(Options.VERBS).add("أعلن", "announce");
        assertEquals(List.of("announce[0,1)و"), found(verbs, "وأعلن"));
        assertEquals(List.of("announce[0,1)ف"), found(verbs, "فأعلن"));
        assertEquals(List.of(), found(verbs, "بأعلن"));
    }

    @Test
    void samePhraseWithTwoValues() {
        PhraseMatcher<String> m = new PhraseMatcher<String>(Options.NAMES).add("التحالف", "coalition")
                .add("التحالف", "alliance");
        assertEquals(List.of("coalition[0,1)و", "alliance[0,1)و"), found(m, "والتحالف"));
    }
}
