package org.iraqkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text stage's result for one document: the folded text with its offset map, the tokens and the
 * sentences. Immutable.
 */
public final class TextAnalysis {
    private final FoldedText folded;
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    private TextAnalysis(FoldedText folded, List<Token> tokens, List<Sentence> sentences) {
        this.folded = folded;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
    }

    /** Runs folding, tokenization and sentence splitting over {@code text}. */
    public static TextAnalysis of(String text) {
        FoldedText ft = ArabicFolding.fold(text);
        List<Token> tokens = Tokenizer.tokenize(ft);
        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        for (Span s : SentenceSplitter.split(text)) {
            while (t < tokens.size() && tokens.get(t).end() <= s.begin()) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).begin() < s.end()) {
                t++;
            }
            sentences.add(new Sentence(sentences.size(), s, first, t));
        }
        return new TextAnalysis(ft, tokens, sentences);
    }

    public String text() {
        return folded.original();
    }

    public FoldedText folded() {
        return folded;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Tokens of a sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The sentence containing original index {@code index}, or {@code null}. */
    public Sentence sentenceAt(int index) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (index < s.begin()) {
                hi = mid - 1;
            } else if (index >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    /** The sentence containing token {@code tokenIndex}. */
    public Sentence sentenceOfToken(int tokenIndex) {
        return sentenceAt(tokens.get(tokenIndex).begin());
    }

    public String text(Span span) {
        return span.of(folded.original());
    }
}
