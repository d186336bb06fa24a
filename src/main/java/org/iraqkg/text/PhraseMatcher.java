package org.iraqkg.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds lexicon phrases in a token sequence, on folded forms. A phrase is words separated by spaces; a word
 * {@code a|b} means either; {@code #NUM} matches a number (digits or a number word). The first word may
 * carry proclitics and the last a pronoun suffix, as the {@link Options} allow. Phrases are tokenized like
 * the text, so "بي.بي.سي" matches its own tokens.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {
    /** The token key that matches numbers. */
    public static final String NUM = "#NUM";

    /** What variation a match allows. */
    public record Options(Proclitics proclitics, boolean optionalArticle, boolean suffixOnLast,
                          boolean accusative) {
        /** Names: conjunctions and prepositions before the first word, nothing else. */
        public static final Options NAMES = new Options(Proclitics.ALL, false, false, false);
        /** Verbs: only the conjunctions و/ف. */
        public static final Options VERBS = new Options(Proclitics.CONJUNCTION, false, false, false);
        /** Exact words only. */
        public static final Options EXACT = new Options(Proclitics.NONE, false, false, false);
        /** Nouns naming events: clitics, an optional article, a pronoun suffix, accusative -ا. */
        public static final Options NOUNS = new Options(Proclitics.ALL, true, true, true);
    }

    /** Which proclitics the first word may carry. */
    public enum Proclitics { NONE, CONJUNCTION, ALL }

    /**
     * A match: tokens [first, end), the proclitic prefix of the first token (folded characters), and the
     * value of the phrase; {@code phrase} is the folded words matched, alternations resolved.
     */
    public record Match<V>(int first, int end, int prefixLength, String prefix, V value, String phrase) {
        public int length() {
            return end - first;
        }
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
        final List<String> phrases = new ArrayList<>(1);
    }

    private final Node<V> root = new Node<>();
    private final Options options;
    private final Predicate<Token> isNumber;
    private int size;

    public PhraseMatcher(Options options, Predicate<Token> isNumber) {
        this.options = options;
        this.isNumber = isNumber;
    }

    public PhraseMatcher(Options options) {
        this(options, Token::isNumber);
    }

    public int size() {
        return size;
    }

    /** Adds a phrase (with its alternations expanded) standing for {@code value}. */
    public PhraseMatcher<V> add(String phrase, V value) {
        for (List<String> words : expand(phrase)) {
            Node<V> n = root;
            for (String w : words) {
                n = n.next.computeIfAbsent(w, k -> new Node<>());
            }
            n.values.add(value);
            n.phrases.add(String.join(" ", words));
            size++;
        }
        return this;
    }

    /** The folded token sequences of a phrase, alternations expanded. */
    static List<List<String>> expand(String phrase) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String word : phrase.strip().split("\\s+")) {
            List<List<String>> alternatives = new ArrayList<>();
            for (String alt : word.split("\\|")) {
                if (alt.isEmpty()) {
                    continue;
                }
                if (alt.equals(NUM)) {
                    alternatives.add(List.of(NUM));
                    continue;
                }
                String clean = alt.replace("ـ", "");
                List<String> toks = new ArrayList<>();
                for (Token t : Tokenizer.tokenize(ArabicFolding.fold(clean))) {
                    toks.add(t.folded());
                }
                if (!toks.isEmpty()) {
                    alternatives.add(toks);
                }
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (List<String> alt : alternatives) {
                    List<String> l = new ArrayList<>(prefix);
                    l.addAll(alt);
                    next.add(l);
                }
            }
            out = next;
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** All matches that start at token {@code i} and end at or before {@code limit}, longest first. */
    public List<Match<V>> matchesAt(List<Token> tokens, int i, int limit) {
        List<Match<V>> out = new ArrayList<>(2);
        Token first = tokens.get(i);
        for (Clitics.Reading r : firstReadings(first)) {
            Node<V> n = root.next.get(r.stem());
            if (n == null && isNumber.test(first) && r.prefixLength() == 0) {
                n = root.next.get(NUM);
            }
            if (n != null) {
                walk(tokens, i, i + 1, limit, n, r, out);
            }
            if (options.suffixOnLast || options.accusative) {
                for (String base : lastVariants(r.stem())) {
                    Node<V> m = root.next.get(base);
                    if (m != null) {
                        // "حملتها الجوية": a possessed noun may still take its adjective
                        walk(tokens, i, i + 1, limit, m, r, out);
                    }
                }
            }
        }
        out.sort((a, b) -> b.length() != a.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.prefixLength(), b.prefixLength()));
        return out;
    }

    private void walk(List<Token> tokens, int start, int pos, int limit, Node<V> n, Clitics.Reading r,
                      List<Match<V>> out) {
        collect(n, start, pos, r, out);
        if (pos >= limit || n.next.isEmpty()) {
            return;
        }
        Token t = tokens.get(pos);
        Node<V> exact = n.next.get(t.folded());
        if (exact != null) {
            walk(tokens, start, pos + 1, limit, exact, r, out);
        }
        if (options.optionalArticle && t.folded().startsWith("ال") && t.folded().length() > 3) {
            Node<V> bare = n.next.get(t.folded().substring(2));
            if (bare != null) {
                walk(tokens, start, pos + 1, limit, bare, r, out);
            }
        }
        Node<V> num = isNumber.test(t) ? n.next.get(NUM) : null;
        if (num != null) {
            walk(tokens, start, pos + 1, limit, num, r, out);
        }
        if (options.suffixOnLast || options.accusative) {
            for (String base : lastVariants(t.folded())) {
                Node<V> m = n.next.get(base);
                if (m != null) {
                    collect(m, start, pos + 1, r, out);
                }
            }
        }
    }

    private void collect(Node<V> n, int start, int end, Clitics.Reading r, List<Match<V>> out) {
        for (int k = 0; k < n.values.size(); k++) {
            out.add(new Match<>(start, end, r.prefixLength(), r.prefix(), n.values.get(k), n.phrases.get(k)));
        }
    }

    private List<Clitics.Reading> firstReadings(Token t) {
        String w = t.folded();
        List<Clitics.Reading> readings = new ArrayList<>(6);
        switch (options.proclitics) {
            case NONE -> readings.add(new Clitics.Reading(0, w, ""));
            case CONJUNCTION -> {
                readings.add(new Clitics.Reading(0, w, ""));
                if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
                    readings.add(new Clitics.Reading(1, w.substring(1), w.substring(0, 1)));
                }
            }
            case ALL -> readings.addAll(Clitics.readings(w));
            default -> throw new IllegalStateException();
        }
        if (options.optionalArticle) {
            int n = readings.size();
            for (int k = 0; k < n; k++) {
                Clitics.Reading r = readings.get(k);
                if (r.stem().startsWith("ال") && r.stem().length() > 3) {
                    readings.add(new Clitics.Reading(r.prefixLength(), r.stem().substring(2), r.prefix()));
                }
            }
        }
        return readings;
    }

    private List<String> lastVariants(String w) {
        List<String> out = new ArrayList<>(4);
        if (options.accusative && w.length() > 3 && w.endsWith("ا")) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (options.suffixOnLast) {
            out.addAll(Clitics.withoutSuffix(w));
        }
        return out;
    }

    /**
     * Non-overlapping matches in tokens [from, to), scanning left to right and taking the longest match at
     * each position.
     */
    public List<Match<V>> findAll(List<Token> tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            List<Match<V>> here = matchesAt(tokens, i, to);
            if (here.isEmpty()) {
                i++;
            } else {
                Match<V> best = here.get(0);
                for (Match<V> m : here) {
                    if (m.length() == best.length() && m.prefixLength() == best.prefixLength()) {
                        out.add(m);
                    }
                }
                i = best.end();
            }
        }
        return out;
    }
}
