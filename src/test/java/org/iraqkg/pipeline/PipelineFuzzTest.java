package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.iraqkg.document.NewsDocument;

/**
 * Fuzzing of the extraction pipeline with jqwik: for every input, {@link Pipeline#analyze} throws nothing,
 * every span lies in the text and keeps the text at its offsets, every IRI is valid, and the document's graph
 * with the ontology and lexicon graphs conforms to the SHACL shapes (see {@link PipelineInvariants}). Inputs:
 * <ol>
 * <li>random Unicode text (control characters, Arabic and its supplements and presentation forms, general
 * punctuation and bidi controls, any BMP character, characters outside the BMP); and news text with lone
 * surrogates among pairs, which a JSONL record's escapes can put into a document;</li>
 * <li>random Arabic built from the lexicon's words (names, titles, reporting verbs, event triggers, months,
 * numbers, time words, cues) with quotes, colons, commas, newlines, digits, diacritics, tatweel, bidi marks,
 * zero-width joiners, presentation forms, Persian and Urdu letters, emoji and other non-BMP characters, as text
 * and as title;</li>
 * <li>hand-written news sentences with characters and words inserted, deleted and duplicated.</li>
 * </ol>
 *
 * <p><b>Seed.</b> Every property runs with the fixed seed {@link #SEED}, so a CI run is reproducible and a
 * failure can be replayed. To explore new inputs, run with another seed: change {@code SEED}, or remove the
 * {@code seed} attribute for a random seed per run (jqwik then prints the seed of a failing run, and stores
 * the failing sample in {@code target/jqwik-database} to try it first next time). {@link #TRIES} tries per
 * property keep the class under 60 s on 2 cores. Crashes found this way are kept as plain JUnit tests in
 * {@link PipelineRegressionTest}.
 */
class PipelineFuzzTest {
    /** The seed of every property (a decimal number, as jqwik takes it). */
    static final String SEED = "20240811";
    /** Tries per property. */
    static final int TRIES = 200;

    // ---- (a) random Unicode strings

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void randomUnicode(@ForAll("unicodeText") String text) {
        assertHolds(PipelineInvariants.doc(text));
    }

    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(1, Arbitraries.integers().between(0x7F, 0xA0)),
                Tuple.of(8, Arbitraries.integers().between(0x0600, 0x06FF)),
                Tuple.of(1, Arbitraries.integers().between(0x0750, 0x077F)),
                Tuple.of(1, Arbitraries.integers().between(0x08A0, 0x08FF)),
                Tuple.of(2, Arbitraries.integers().between(0xFB50, 0xFDFF)),
                Tuple.of(2, Arbitraries.integers().between(0xFE70, 0xFEFF)),
                Tuple.of(2, Arbitraries.integers().between(0x2000, 0x206F)),
                Tuple.of(2, Arbitraries.integers().between(0x0000, 0xFFFF)
                        .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)),
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return cp.list().ofMaxSize(400).withSizeDistribution(RandomDistribution.uniform())
                .map(PipelineFuzzTest::codePoints);
    }

    /**
     * News text with lone surrogates among characters outside the BMP: Java strings allow them, and a JSONL
     * record whose text holds the JSON escape of one (backslash, "udc00") puts one into a document's text.
     */
    @Property(tries = TRIES / 2, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void loneSurrogates(@ForAll("baseArticle") String base, @ForAll("surrogates") List<Mutation> inserts) {
        assertHolds(PipelineInvariants.doc(mutate(base, inserts)));
    }

    @Provide
    Arbitrary<List<Mutation>> surrogates() {
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE)
                        .map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("😀", "🇮🇶", "𝐀", "𠀀")));
        return Combinators.combine(Arbitraries.just(0), Arbitraries.integers().between(0, 1000), insert)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    // ---- (b) random Arabic text from the lexicon's words

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void lexiconArabic(@ForAll("lexiconText") String text, @ForAll("lexiconText") String title,
                       @ForAll("published") String published) {
        assertHolds(new NewsDocument("fuzz-2", "fuzz-2.txt", title, text, "", "", published, "fuzz"));
    }

    @Property(tries = TRIES / 2, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void lexiconArabicWithHeadline(@ForAll("lexiconText") String headline, @ForAll("lexiconText") String body,
                                   @ForAll("published") String published) {
        String text = headline + "\n" + body;
        assertHolds(new NewsDocument("fuzz-3", "fuzz-3.txt", headline.strip(), text, "", "", published, "fuzz"));
    }

    @Provide
    Arbitrary<String> lexiconText() {
        Arbitrary<String> word = Arbitraries.of(Words.ALL);
        Arbitrary<String> cliticWord = Combinators.combine(Arbitraries.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "ال"),
                word).as((c, w) -> c + w);
        Arbitrary<String> decorated = Combinators.combine(word, Arbitraries.of(Words.INSIDE),
                Arbitraries.integers().between(0, 100)).as(PipelineFuzzTest::insertInside);
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 3000).map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().between(0, 3000).map(PipelineFuzzTest::arabicIndic)),
                Tuple.of(1, Arbitraries.of("10.5", "1,000", "٣٫٥", "2024-08-05", "5/8/2024", "0", "00", "1e9",
                        "99999999999999999999")));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(12, word),
                Tuple.of(3, cliticWord),
                Tuple.of(3, decorated),
                Tuple.of(8, Arbitraries.of(Words.GLUE)),
                Tuple.of(3, number),
                Tuple.of(3, Arbitraries.of(Words.SPECIAL)));
        return piece.list().ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform())
                .map(PipelineFuzzTest::join);
    }

    @Provide
    Arbitrary<String> published() {
        return Arbitraries.of("", "2024-08-11", "2024-03-02T10:15:00Z", "2024-02-29 23:59:59", "1999-12-31",
                "2024-13-45", "not a date", "0001-01-01");
    }

    // ---- (c) mutations of hand-written news sentences

    /** One edit: what, where (a fraction of the text, 0..1000), and what to insert. */
    record Mutation(int kind, int where, String insert) {}

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void mutatedNews(@ForAll("baseArticle") String base, @ForAll("mutations") List<Mutation> mutations) {
        String text = mutate(base, mutations);
        int nl = text.indexOf('\n');
        String title = nl < 0 ? "" : text.substring(0, nl).strip();
        assertHolds(new NewsDocument("fuzz-4", "fuzz-4.txt", title, text, "", "", "2024-08-11", "fuzz"));
    }

    @Provide
    Arbitrary<String> baseArticle() {
        return Arbitraries.of(Words.ARTICLES);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Words.SPECIAL)),
                Tuple.of(3, Arbitraries.of(Words.GLUE)),
                Tuple.of(2, Arbitraries.of(Words.INSIDE)),
                Tuple.of(3, Arbitraries.of(Words.ALL)));
        Arbitrary<Mutation> m = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 1000), insert).as(Mutation::new);
        return m.list().ofMinSize(1).ofMaxSize(12).withSizeDistribution(RandomDistribution.uniform());
    }

    /** Applies the edits in order; each is well defined on any text. */
    static String mutate(String base, List<Mutation> mutations) {
        StringBuilder sb = new StringBuilder(base);
        for (Mutation m : mutations) {
            int at = (int) ((long) sb.length() * m.where() / 1000);
            switch (m.kind()) {
                case 0 -> sb.insert(at, m.insert()); // insert characters or a word
                case 1 -> { // delete a character (a whole code point)
                    if (at < sb.length()) {
                        sb.delete(at, at + Character.charCount(sb.codePointAt(at)));
                    }
                }
                case 2 -> { // duplicate a character
                    if (at < sb.length()) {
                        sb.insert(at, Character.toChars(sb.codePointAt(at)));
                    }
                }
                case 3, 4, 5 -> { // delete, duplicate or move the word at the position
                    int b = at;
                    while (b > 0 && !Character.isWhitespace(sb.charAt(b - 1))) {
                        b--;
                    }
                    int e = at;
                    while (e < sb.length() && !Character.isWhitespace(sb.charAt(e))) {
                        e++;
                    }
                    String w = sb.substring(b, e);
                    if (m.kind() == 3) {
                        sb.delete(b, e);
                    } else if (m.kind() == 4) {
                        sb.insert(e, " " + w);
                    } else {
                        sb.delete(b, e);
                        sb.insert(Math.min(sb.length(), b + sb.length() / 3), " " + w + " ");
                    }
                }
                default -> { // split the text with a newline or join two lines
                    int nl = sb.indexOf("\n", at);
                    if (nl >= 0) {
                        sb.deleteCharAt(nl);
                    } else {
                        sb.insert(at, '\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    // ---- checks and helpers

    static void assertHolds(NewsDocument doc) {
        List<String> problems = PipelineInvariants.check(doc);
        assertEquals(List.of(), problems, () -> "invariants broken for text " + PipelineInvariants.escape(doc.text()));
    }

    static String codePoints(List<Integer> cps) {
        StringBuilder sb = new StringBuilder();
        for (int c : cps) {
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    static String insertInside(String word, String inside, int where) {
        int at = word.length() * where / 100;
        if (at > 0 && at < word.length() && Character.isLowSurrogate(word.charAt(at))) {
            at--;
        }
        return word.substring(0, at) + inside + word.substring(at);
    }

    static String arabicIndic(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            sb.append((char) ('٠' + (c - '0')));
        }
        return sb.toString();
    }

    /** Joins pieces with a space unless a piece is glue of its own. */
    static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            boolean glue = Words.GLUE_SET.contains(p);
            if (sb.length() > 0 && !glue) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** Word lists from the lexicon files, and the characters that are mixed in. */
    static final class Words {
        static final List<String> ALL = lexiconWords();

        /** Punctuation and line breaks between words. */
        static final List<String> GLUE = List.of(" ", "  ", "، ", ", ", ": ", ":", " «", "» ", "«", "»", " \"",
                "\" ", "\"", " “", "” ", "“", "”", "\n", "\n\n", "\r\n", ". ", ".", "؟ ", "! ", "؛ ", "..", "…",
                " - ", "/", "(", ")", "\t", "'", "‘", "’");
        static final Set<String> GLUE_SET = new LinkedHashSet<>(GLUE);

        /** Characters put inside words. */
        static final List<String> INSIDE = List.of(
                "\u064B", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0670", "\u0651\u064E", // diacritics
                "\u0640", "\u0640\u0640\u0640", // tatweel
                "\u200D", "\u200C", "\u200B", "\uFEFF", // zero-width joiner, non-joiner, space, BOM
                "\u200F", "\u200E", "\u202B", "\u202C", "\u2067", "\u2069", "\u061C"); // bidi marks

        /** Characters and strings that stand alone or replace words. */
        static final List<String> SPECIAL = List.of(
                "\uFEF5", "\uFEFB", "\uFE8D", "\uFE91\uFE92", "\uFDF2", "\uFDFA", "\uFEFC", "\uFE70", "\uFEFF", // forms
                "پ", "چ", "ژ", "گ", "ک", "ی", "ے", "ٹ", "ڈ", "ڑ", "ں", "ہ", "ۀ", "ۃ", "ێ", // Persian, Urdu, Kurdish
                "😀", "🇮🇶", "👍🏽", "❤️", "👨‍👩‍👧", "🕌", // emoji (pairs, modifiers, ZWJ sequences)
                "𝐀", "𐎀", "𠀀", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F", // other non-BMP, tags
                "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", // controls
                "\u00A0", "\u202F", "\u3000", // spaces
                "\u06D4", "\u061F", "\u060C", "\u066B", "\u066C", "\u06DD", // Arabic punctuation
                "\"\"\"", "'''", "<script>", "} ; DROP ALL ; INSERT DATA {", "\\", "#", "%", "?");

        /** Hand-written news sentences, in the style of the sample articles. */
        static final List<String> ARTICLES = List.of(
                "هجوم صاروخي على قاعدة عين الأسد\nتعرضت قاعدة عين الأسد الجوية في محافظة الأنبار يوم 10 مارس 2024 "
                        + "إلى هجوم صاروخي، تبنت مسؤوليته جماعة مسلحة تطلق على نفسها \"حراس الفجر\".",
                "وقال رئيس مجلس الوزراء العراقي، محمد شياع السوداني، إن \"الحوار مع التحالف الدولي مستمر\"، "
                        + "مشيرًا إلى أن «الجولة الرابعة ستكون خلال الأسبوعين المقبلين».",
                "أعلن العراق، السبت، انتهاء الجولة الثالثة من مفاوضاته مع التحالف الدولي.\n"
                        + "وتابع: \"نحن لسنا بحاجة إلى قوات دولية كبيرة\".",
                "وبعده بيومين، اعتقلت القوات الأمنية في قضاء هيت أربعة متهمين بتنفيذ الهجوم.\n"
                        + "وأسفر الهجوم عن مقتل 2 وإصابة 3 من المتعاقدين، بحسب مصادر أمنية.",
                "قالت السفيرة الأمريكية في بغداد ألينا رومانوسكي في مقابلة مع قناة العراقية أمس إن واشنطن "
                        + "“ملتزمة بدعم العراق”، حسبما ذكرت وكالة الأنباء العراقية.",
                "نفى المتحدث باسم وزارة الخارجية تنفيذ غارة جوية أمريكية على مواقع للحشد الشعبي في 5 أغسطس/آب "
                        + "الماضي، وأكد أن الاجتماع المقبل سيعقد في واشنطن في شهر أيلول 2024.");

        private Words() {}

        private static List<String> lexiconWords() {
            Path dir = PipelineInvariants.HOME.resolve("data/lexicon");
            Set<String> words = new LinkedHashSet<>();
            words.addAll(column(dir.resolve("actors.tsv"), "ar"));
            for (String aliases : column(dir.resolve("actors.tsv"), "aliases")) {
                words.addAll(Arrays.asList(aliases.split("\\|")));
            }
            words.addAll(column(dir.resolve("titles.tsv"), "phrase"));
            words.addAll(column(dir.resolve("reporting-verbs.tsv"), "form"));
            words.addAll(column(dir.resolve("event-triggers.tsv"), "phrase"));
            words.addAll(column(dir.resolve("months.tsv"), "name"));
            words.addAll(column(dir.resolve("numbers.tsv"), "word"));
            words.addAll(column(dir.resolve("time-words.tsv"), "phrase"));
            words.addAll(column(dir.resolve("nationalities.tsv"), "adjective"));
            words.addAll(column(dir.resolve("head-words.tsv"), "word"));
            words.addAll(column(dir.resolve("cues.tsv"), "phrase"));
            words.addAll(column(dir.resolve("function-words.tsv"), "word"));
            words.removeIf(String::isBlank);
            return List.copyOf(words);
        }

        /** The values of a column of a lexicon TSV file (comments and the header skipped). */
        static List<String> column(Path file, String name) {
            try {
                List<String> out = new ArrayList<>();
                int col = -1;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (col < 0) {
                        col = Arrays.asList(f).indexOf(name);
                        if (col < 0) {
                            throw new IllegalStateException(file + " has no column " + name);
                        }
                        continue;
                    }
                    if (col < f.length && !f[col].isBlank()) {
                        out.add(f[col].strip());
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
