package org.iraqkg.text;

/**
 * A sentence: its span in the original text and its tokens, [firstToken, endToken) of the document's list.
 * Sentences do not break inside quotations.
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {
    public int tokenCount() {
        return endToken - firstToken;
    }

    public boolean containsToken(int tokenIndex) {
        return firstToken <= tokenIndex && tokenIndex < endToken;
    }
}
