package org.iraqkg.statement;

import static org.iraqkg.statement.StatementLexicon.headOf;
import static org.iraqkg.statement.StatementLexicon.isAny;
import static org.iraqkg.statement.StatementLexicon.isPrepositional;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DocumentTime;

/**
 * Sources the text describes without naming them: "مصدر عسكري", "مسؤول أمريكي", "مصادر أمنية عراقية", "مصدر في
 * وزارة الخارجية السورية". Each becomes one {@link UnnamedSource} per document, with its role (the head noun),
 * and the institution or country it belongs to when the description gives one.
 */
final class UnnamedSources {
    /** A described source, its span and the token after its description. */
    record Described(UnnamedSource source, Span span, int end) {}

    private final StatementLexicon words;

    UnnamedSources(StatementLexicon words) {
        this.words = words;
    }

    /**
     * A person named right after a source-like head: "قالت مسؤولة الشؤون الخارجية بالاتحاد الأوروبي فيديريكا
     * موغيريني" is a title and a name, not an unnamed source.
     */
    EntityMention namedAfterHead(Entities entities, Quotations quotes, List<Token> tokens, int pos, int b) {
        for (int k = pos + 1; k < Math.min(b, pos + 9) && !quotes.inQuote(k); k++) {
            Token t = tokens.get(k);
            if (t.isPunct() || words.cues.is("complementizer", tokens, k, b) || words.verbAt(tokens, k, b)) {
                return null;
            }
            EntityMention em = entities.atToken(k);
            if (em != null && em.firstToken() == k && entities.get(em.entityId()) != null
                    && entities.get(em.entityId()).type() == EntityType.PERSON) {
                return em;
            }
        }
        return null;
    }

    /**
     * The source a subject describes without naming it, from its head noun at {@code pos} ("مصدر", "مسؤولون",
     * "المصدر"): the head, then up to three adjectives (a nationality gives the country), then maybe "في/من/لدى
     * X" or "بـX" naming the institution it belongs to. A definite head alone ("وقال المصدر") refers back to the
     * document's last source with that head. Sources with the same words are one source.
     */
    Described describe(TextAnalysis text, Entities entities, DocumentTime time, Quotations quotes, int pos, int b,
                       Map<String, UnnamedSource> sources) {
        List<Token> tokens = text.tokens();
        String head = tokens.get(pos).folded();
        boolean definite = head.startsWith("ال") || head.startsWith("لل");
        String bare = headOf(head);
        String written = tokens.get(pos).text();
        String role = stripArticle(written); // the head as written: "مسؤول" of "والمسؤول"
        if (!definite && pos + 1 < b && tokens.get(pos + 1).isWord() && tokens.get(pos + 1).folded().startsWith("ال")
                && words.nationality(tokens, pos + 1, b) == null) {
            return null; // "مسؤولة الشؤون الخارجية … فيديريكا موغيريني": a head in construct is an office, not a source
        }
        String affiliation = null;
        String country = null;
        int k = pos + 1;
        int adjectives = 0;
        while (k < b && k < pos + 8 && !quotes.inQuote(k)) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            EntityMention em = entities.atToken(k);
            if (em != null && em.firstToken() == k) {
                Entity e = entities.get(em.entityId());
                boolean of = isPrepositional(text, em) && !text.token(k).folded().startsWith("ل")
                        || k > pos + 1 && isAny(tokens.get(k - 1), "في", "من", "لدى", "داخل");
                if (e == null || affiliation != null || !of) {
                    break;
                }
                affiliation = e.id(); // "مصدر في وزارة الخارجية السورية", "مصدر بالخارجية"
                k = em.endToken();
                continue;
            }
            if (isAny(t, "في", "من", "لدى", "داخل") && k + 1 < b && entities.atToken(k + 1) != null
                    && entities.atToken(k + 1).firstToken() == k + 1 && affiliation == null) {
                k++;
                continue;
            }
            Match<String> nat = words.nationality(tokens, k, b);
            if (nat != null) {
                country = country == null ? nat.value() : country;
                k = nat.end();
                adjectives++;
                continue;
            }
            String f = t.folded();
            boolean stop = words.lexicon.isFunctionWord(f) && !looksAdjective(f) || words.verbAt(tokens, k, b)
                    || words.cues.is("complementizer", tokens, k, b) || StatementDates.at(time, k) != null
                    || f.length() < 3
                    || f.startsWith("ل") && !f.startsWith("لل") && f.length() > 3
                    && words.lexicon.isFunctionWord(f.substring(1));
            String w = t.text();
            boolean suffixed = w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما")
                    || w.endsWith("كم"); // "قوله", "توقفها": a pronoun suffix ends the description
            if (stop || suffixed || adjectives >= 3 || f.startsWith("ال") != definite || affiliation != null) {
                break;
            }
            adjectives++;
            k++;
        }
        int end = k;
        while (end > pos + 1 && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (definite && end == pos + 1) {
            UnnamedSource back = null;
            for (UnnamedSource u : sources.values()) {
                if (ArabicFolding.foldString(u.head()).equals(bare)) { // the latest with that head
                    back = u;
                }
            }
            if (back != null) {
                int from = head.startsWith("لل") ? text.folded().originalStart(tokens.get(pos).foldedBegin() + 1)
                        : tokens.get(pos).begin();
                return new Described(back, new Span(from, tokens.get(pos).end()), end);
            }
        }
        // the description starts after a preposition attached to the head: "لمصدر أمني", "للمصدر"
        int begin = tokens.get(pos).begin();
        if (head.startsWith("ل") && !head.startsWith("ال")) {
            begin = text.folded().originalStart(tokens.get(pos).foldedBegin() + 1);
        }
        Span span = new Span(begin, tokens.get(end - 1).end());
        String description = text.text(span);
        String key = ArabicFolding.foldString(description);
        UnnamedSource src = sources.computeIfAbsent(key, x -> new UnnamedSource(x, description, role,
                null, isPluralHead(bare)));
        if (src.affiliation() == null && (affiliation != null || country != null)) {
            src = new UnnamedSource(key, description, role, affiliation != null ? affiliation : country,
                    src.plural());
            sources.put(key, src);
        }
        return new Described(src, span, end);
    }

    /**
     * An adjective of a described source, though the lexicon lists it among the words that end a name: a nisba
     * ("أمني", "عسكرية", "غربيون"), a participle ("مطلع", "مسؤول") or one of a few common adjectives.
     */
    static boolean looksAdjective(String folded) {
        return folded.length() >= 4 && (folded.endsWith("ي") || folded.endsWith("يه") || folded.endsWith("ين")
                || folded.endsWith("ون") || folded.startsWith("م"))
                || Set.of("كبير", "كبيره", "رفيع", "رفيعه", "بارز", "بارزه").contains(folded);
    }

    /** A word as written without a leading conjunction and article: "والمسؤول" -> "مسؤول". */
    static String stripArticle(String word) {
        String w = word;
        if (w.length() > 4 && (w.startsWith("و") || w.startsWith("ف")) && (w.startsWith("ال", 1) || w.startsWith("ٱل", 1))) {
            w = w.substring(1);
        }
        if (w.length() > 3 && (w.startsWith("ال") || w.startsWith("ٱل") || w.startsWith("لل"))) {
            w = w.substring(2);
        } else if (w.length() > 3 && w.startsWith("ل")) {
            w = w.substring(1); // "وفقا لمصدر أمني"
        }
        return w;
    }

    static boolean isPluralHead(String folded) {
        return folded.endsWith("ون") || folded.endsWith("ين") || folded.endsWith("ات")
                || folded.equals(ArabicFolding.foldWord("مصادر")) || folded.equals(ArabicFolding.foldWord("أوساط"))
                || folded.equals(ArabicFolding.foldWord("وسائل")) || folded.equals(ArabicFolding.foldWord("جهات"));
    }
}
