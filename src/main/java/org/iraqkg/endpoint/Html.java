package org.iraqkg.endpoint;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTML writer for the linked-data pages. Every piece of text goes through {@link #text(String)} or
 * {@link #attr(String)}, which escape it, so nothing taken from the data can add markup; only http(s)
 * links are ever written as links.
 */
final class Html {
    private static final Logger LOG = LoggerFactory.getLogger(Html.class);

    private static final String STYLE = String.join("\n",
            "body{font-family:'Noto Naskh Arabic','Noto Sans Arabic',Tahoma,'Segoe UI',sans-serif;margin:0 auto;"
                    + "max-width:68rem;padding:1rem 1.5rem;line-height:1.6;color:#1b1b1b;background:#fff}",
            "header{border-bottom:1px solid #ccc;margin-bottom:1rem}",
            "h1{margin:.2rem 0;font-size:1.8rem}",
            "h2{font-size:1.25rem;border-bottom:1px solid #eee;margin-top:1.6rem}",
            ".en{color:#555}",
            ".iri,code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;word-break:break-all}",
            "table{border-collapse:collapse;width:100%}",
            "th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:start;vertical-align:top}",
            "th{background:#f6f6f6;font-weight:600}",
            "mark{background:#fde68a;padding:0 .1rem}",
            "mark.speaker{background:#bfdbfe}",
            "blockquote{margin:.5rem 0;padding:.5rem 1rem;border-inline-start:4px solid #ccc;background:#fafafa}",
            ".muted{color:#777;font-size:.9rem}",
            ".formats a{margin-inline-end:.8rem}",
            "nav.top a{margin-inline-end:1rem}",
            "pre.text{white-space:pre-wrap;font-family:inherit}");

    private final StringBuilder sb = new StringBuilder(8192);

    /** Starts a page: doctype, {@code <html lang="ar" dir="rtl">}, head with title and alternates, body. */
    Html(String title, List<String[]> alternates) {
        sb.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(title)).append("</title>\n");
        for (String[] alt : alternates) {
            sb.append("<link rel=\"alternate\" type=\"").append(attr(alt[0])).append("\" href=\"")
                    .append(attr(alt[1])).append("\">\n");
        }
        sb.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
                .append("<nav class=\"top\"><a href=\"/\">SPARQL</a><a href=\"/ontology\">")
                .append("الأنطولوجيا · Ontology</a><a href=\"/cameo\">CAMEO</a><a href=\"/void\">VoID</a></nav>\n");
    }

    /** Escapes text content. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Escapes an attribute value (written between double quotes). */
    static String attr(String s) {
        return text(s);
    }

    /** True for an href that may be written: a path on this server, a fragment, or an http(s) URL. */
    static boolean safeHref(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        if (href.startsWith("/") && !href.startsWith("//") || href.startsWith("#") || href.startsWith("?")) {
            return true;
        }
        String lower = href.toLowerCase(java.util.Locale.ROOT);
        boolean ok = lower.startsWith("http://") || lower.startsWith("https://");
        if (!ok) {
            LOG.debug("not linking '{}'", href);
        }
        return ok;
    }

    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html esc(String s) {
        sb.append(text(s));
        return this;
    }

    /** {@code <a href>text</a>}, or only the text when the href is not a safe link. */
    Html link(String href, String label) {
        if (safeHref(href)) {
            sb.append("<a href=\"").append(attr(href)).append("\">").append(text(label)).append("</a>");
        } else {
            sb.append(text(label));
        }
        return this;
    }

    /** Text in another language and direction ({@code en}, {@code ltr}), isolated from the Arabic around it. */
    Html foreign(String s, String lang) {
        String l = lang == null || lang.isEmpty() ? "" : " lang=\"" + attr(lang) + "\"";
        String dir = lang != null && lang.startsWith("ar") && !lang.contains("Latn") ? "rtl" : "ltr";
        if (lang == null || lang.isEmpty()) {
            dir = "auto";
        }
        sb.append("<bdi").append(l).append(" dir=\"").append(dir).append("\">").append(text(s)).append("</bdi>");
        return this;
    }

    /** Section heading in Arabic and English. */
    Html h2(String ar, String en) {
        sb.append("<h2>").append(text(ar)).append(" · <span lang=\"en\" dir=\"ltr\">").append(text(en))
                .append("</span></h2>\n");
        return this;
    }

    /** A table header row: each heading is "Arabic|English". */
    Html tableStart(String... headings) {
        sb.append("<table>\n<tr>");
        for (String h : headings) {
            int bar = h.indexOf('|');
            sb.append("<th>").append(text(bar < 0 ? h : h.substring(0, bar)));
            if (bar >= 0) {
                sb.append(" <span class=\"en\" lang=\"en\" dir=\"ltr\">").append(text(h.substring(bar + 1)))
                        .append("</span>");
            }
            sb.append("</th>");
        }
        sb.append("</tr>\n");
        return this;
    }

    Html tableEnd() {
        sb.append("</table>\n");
        return this;
    }

    /** Closes the page, with a footer linking to the SPARQL endpoint at {@code sparqlPath}, and returns it. */
    String finish(String sparqlPath) {
        sb.append("<footer><p class=\"muted\">iraq-kg · <a href=\"").append(attr(sparqlPath)).append("\">SPARQL</a> · ")
                .append("<a href=\"/void\">VoID</a> · ")
                .append("<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache License 2.0</a>")
                .append("</p></footer>\n</body>\n</html>\n");
        return sb.toString();
    }
}
