package org.iraqkg.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page, for articles that arrive as web pages (a {@code .html} file, or a record whose text
 * is markup): scripts, styles and page furniture dropped, block elements and {@code <br>} as line breaks (so
 * sentences and paragraphs stay apart), entities decoded, spaces collapsed. The stored text of such a document
 * is this plain text, and every offset counts in it.
 */
public final class HtmlText {
    /**
     * Tags that structure a page (not {@code <script>} or {@code <a>}, which prose about the web may quote):
     * three of them, or a text that begins with one, or a doctype, mark a text as HTML.
     */
    private static final Pattern TAG = Pattern.compile("(?i)<\\s*/?\\s*(html|head|body|div|p|br|span|table|tbody"
            + "|td|tr|li|ul|ol|h[1-6]|article|section|header|footer|nav|figure|figcaption|blockquote)(\\s[^<>]*)?/?>");
    private static final Pattern DOCTYPE = Pattern.compile("(?i)^\\s*(<!doctype\\s+html|<html[\\s>])");
    private static final String BLOCKS = " address article aside blockquote br dd div dl dt figcaption figure footer "
            + "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul title ";
    private static final String DROPPED = "script, style, noscript, template, svg, nav, iframe, form, button, select";

    /** A page's title (may be empty) and text. */
    public record Page(String title, String text) {}

    private HtmlText() {}

    /**
     * Whether {@code text} is markup rather than prose: it starts with a doctype, {@code <html>} or another tag
     * that structures a page, or holds at least three such tags (a stray "<", or a quoted {@code <script>}, in an
     * article is not enough).
     */
    public static boolean looksLikeHtml(String text) {
        if (text.indexOf('<') < 0) {
            return false;
        }
        if (DOCTYPE.matcher(text).find()) {
            return true;
        }
        Matcher m = TAG.matcher(text);
        int n = 0;
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (m.find()) {
            if (++n >= 3 || m.start() == start) {
                return true;
            }
        }
        return false;
    }

    /** The title and the text of an HTML page or fragment. */
    public static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().strip();
        doc.select(DROPPED).remove();
        StringBuilder out = new StringBuilder();
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && isBlock(e)) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) {
                    out.append('\n');
                }
            }
        }, body);
        return new Page(title, tidy(out));
    }

    private static boolean isBlock(Element e) {
        return BLOCKS.contains(" " + e.normalName() + " ");
    }

    /** Spaces collapsed within lines, blank lines dropped, lines stripped. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String l = line.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\f\\u000B]+", " ").strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }
}
