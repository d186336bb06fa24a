package org.iraqkg.document;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads articles from {@code .txt} files (the first line is the headline, and the whole file is the text;
 * optional sidecar {@code NAME.meta.json}),
 * {@code .jsonl} and {@code .jsonl.gz} files of records {@code {id, source, url, published, title, text}},
 * and directories of them (recursively, in name order). Reading streams: one record at a time.
 * A bad file or record becomes an {@link InputProblem}; reading goes on with the rest.
 */
public final class DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Largest single article or JSONL line accepted; larger ones are refused with a reason. */
    public static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    /** Kinds of input file. */
    public enum Kind { TXT, HTML, JSONL, JSONL_GZ }

    /** The kind of an input file from its name, or {@code null} when it is not one we read. */
    public static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".meta.json")) {
            return null;
        }
        if (name.endsWith(".txt")) {
            return Kind.TXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
            return Kind.JSONL_GZ;
        }
        return null;
    }

    /**
     * The input files under the given paths: files as given (when of a known kind) and directories walked
     * recursively, sorted by path. Paths that do not exist or are of an unknown kind become problems.
     */
    public static List<Path> expand(List<Path> roots, DocumentSink problems) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(p -> kindOf(p) != null).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.problem(new InputProblem(root, 0, "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(root)) {
                if (kindOf(root) == null) {
                    problems.problem(new InputProblem(root, 0,
                            "unknown kind of file (expected .txt, .html, .jsonl or .jsonl.gz)"));
                } else {
                    files.add(root);
                }
            } else {
                problems.problem(new InputProblem(root, 0, "no such file or directory"));
            }
        }
        return files;
    }

    /** Reads one input file, sending its documents and problems to {@code sink}. */
    public void read(Path file, DocumentSink sink) {
        Kind kind = kindOf(file);
        if (kind == null) {
            sink.problem(new InputProblem(file, 0, "unknown kind of file (expected .txt, .html, .jsonl or .jsonl.gz)"));
            return;
        }
        try {
            switch (kind) {
                case TXT, HTML -> readTxt(file, sink);
                case JSONL -> readJsonl(file, false, sink);
                case JSONL_GZ -> readJsonl(file, true, sink);
                default -> throw new IllegalStateException(kind.toString());
            }
        } catch (NoSuchFileException e) {
            sink.problem(new InputProblem(file, 0, "no such file"));
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            sink.problem(new InputProblem(file, 0, m.startsWith("truncated") ? m : "cannot read: " + m));
        }
    }

    // ---- .txt articles

    private void readTxt(Path file, DocumentSink sink) throws IOException {
        long size = Files.size(file);
        if (size > MAX_RECORD_BYTES) {
            sink.problem(new InputProblem(file, 0, "article of " + size + " bytes is larger than the limit of "
                    + MAX_RECORD_BYTES + " bytes"));
            return;
        }
        String content;
        try {
            content = TextDecoder.decode(Files.readAllBytes(file)).text();
        } catch (InputFormatException e) {
            sink.problem(new InputProblem(file, 0, e.getMessage()));
            return;
        }
        sink.progress(size);
        String pageTitle = "";
        if (kindOf(file) == Kind.HTML || HtmlText.looksLikeHtml(content)) {
            // a web page: its text, without markup (offsets count in this text, which is what is stored)
            HtmlText.Page page = HtmlText.extract(content);
            content = page.text();
            pageTitle = page.title();
            if (content.isBlank()) {
                sink.problem(new InputProblem(file, 0, "HTML page without text"));
                return;
            }
        }
        if (content.isBlank()) {
            sink.problem(new InputProblem(file, 0, "empty article (no text)"));
            return;
        }
        int nl = content.indexOf('\n');
        String headline = pageTitle.isBlank() ? (nl < 0 ? content : content.substring(0, nl)).strip() : pageTitle;
        // The whole file is the text: offsets count from its first character, and the headline, which
        // often states the news itself, is analyzed too.
        String body = content;
        String name = file.getFileName().toString();
        String url = "";
        String published = "";
        String source = "";
        String title = headline;
        Path meta = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".meta.json");
        if (Files.isRegularFile(meta)) {
            try {
                JsonNode m = JSON.readTree(Files.readAllBytes(meta));
                if (m == null || !m.isObject()) {
                    throw new InputFormatException("not a JSON object");
                }
                url = text(m, "url");
                published = text(m, "published");
                source = text(m, "source");
                String t = text(m, "title");
                if (!t.isBlank()) {
                    title = t;
                }
            } catch (IOException | InputFormatException e) {
                sink.problem(new InputProblem(meta, 0, "metadata ignored: " + oneLine(e.getMessage())));
            }
        }
        emit(new NewsDocument(name, name, title, body, url, source, published, file.toString()), file, 0, sink);
    }

    // ---- JSONL records

    private void readJsonl(Path file, boolean gz, DocumentSink sink) throws IOException {
        try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(file));
             InputStream in = new BufferedInputStream(gz ? gunzip(raw, file) : raw, 1 << 16)) {
            long lineNo = 0;
            ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
            boolean tooLong = false;
            while (true) {
                int b;
                try {
                    b = in.read();
                } catch (EOFException | ZipException e) {
                    sink.problem(new InputProblem(file, lineNo + 1, "truncated or corrupt gzip data ("
                            + oneLine(e.getMessage()) + "); records before this line were read"));
                    return;
                }
                if (b == '\n' || b < 0) {
                    if (b >= 0 || line.size() > 0 || tooLong) {
                        lineNo++;
                        if (tooLong) {
                            sink.problem(new InputProblem(file, lineNo, "record longer than "
                                    + MAX_RECORD_BYTES + " bytes"));
                        } else {
                            record(file, lineNo, line.toByteArray(), sink);
                        }
                        sink.progress(raw.count());
                    }
                    line.reset();
                    tooLong = false;
                    if (b < 0) {
                        return;
                    }
                } else if (!tooLong) {
                    if (line.size() >= MAX_RECORD_BYTES) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
        }
    }

    private static InputStream gunzip(InputStream raw, Path file) throws IOException {
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (EOFException | ZipException e) {
            throw new IOException("truncated or corrupt gzip data (" + (e.getMessage() == null
                    ? "the file ends inside its gzip header" : oneLine(e.getMessage())) + ")", e);
        }
    }

    private void record(Path file, long lineNo, byte[] bytes, DocumentSink sink) {
        String json;
        try {
            json = TextDecoder.decode(bytes).text();
        } catch (InputFormatException e) {
            sink.problem(new InputProblem(file, lineNo, e.getMessage()));
            return;
        }
        if (json.isBlank()) {
            return; // blank lines are allowed between records
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            sink.problem(new InputProblem(file, lineNo, "malformed JSON: " + oneLine(e.getOriginalMessage())));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(new InputProblem(file, lineNo, "not a JSON object"));
            return;
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            sink.problem(new InputProblem(file, lineNo, "record has no \"text\""));
            return;
        }
        if (!textNode.isTextual()) {
            sink.problem(new InputProblem(file, lineNo, "\"text\" is a " + kind(textNode) + ", not a string"));
            return;
        }
        String text = textNode.asText();
        if (text.isBlank()) {
            sink.problem(new InputProblem(file, lineNo, "\"text\" is empty"));
            return;
        }
        for (String f : new String[] {"id", "source", "url", "published", "title"}) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.isTextual() && !(f.equals("id") && v.isIntegralNumber())) {
                sink.problem(new InputProblem(file, lineNo, "\"" + f + "\" is a " + kind(v) + ", not a string"));
                return;
            }
        }
        String id = text(node, "id");
        if (id.isBlank()) {
            id = "sha1-" + Hashes.sha1Hex(text).substring(0, 16);
        }
        String title = text(node, "title");
        if (HtmlText.looksLikeHtml(text)) {
            // a scraped page: its text, without markup
            HtmlText.Page page = HtmlText.extract(text);
            text = page.text();
            if (text.isBlank()) {
                sink.problem(new InputProblem(file, lineNo, "\"text\" is an HTML page without text"));
                return;
            }
            if (title.isBlank()) {
                title = page.title();
            }
        }
        emit(new NewsDocument(id, id, title, text, text(node, "url"), text(node, "source"),
                text(node, "published"), file + ":" + lineNo), file, lineNo, sink);
    }

    /**
     * Sends {@code d} on, with every character XML 1.0 cannot hold (NUL and the other C0 controls but tab, line
     * feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD in its fields (else the store could not be
     * exported as RDF/XML; the replacement keeps every offset), and a note of what was replaced and of lone
     * surrogates (which the store cannot keep as they are) in its text or title.
     */
    private static void emit(NewsDocument d, Path file, long lineNo, DocumentSink sink) {
        int bad = notXml(d.text()) + notXml(d.title()) + notXml(d.url()) + notXml(d.source()) + notXml(d.published())
                + notXml(d.id());
        if (bad > 0) {
            d = xmlSafe(d);
        }
        int lone = loneSurrogates(d.text()) + loneSurrogates(d.title());
        if (bad > 0 || lone > 0) {
            StringBuilder sb = new StringBuilder("document \"").append(oneLine(d.id())).append("\" loaded with ");
            if (bad > 0) {
                sb.append(bad).append(bad == 1 ? " character" : " characters")
                        .append(" XML cannot hold (NUL, control characters) replaced by U+FFFD");
            }
            if (lone > 0) {
                sb.append(bad > 0 ? " and " : "").append(lone).append(" unpaired surrogate").append(lone == 1 ? "" : "s")
                        .append(" (not well-formed Unicode; a store on disk may keep '?' for each)");
            }
            sink.problem(InputProblem.note(file, lineNo, sb.toString()));
        }
        sink.document(d);
    }

    /** Whether XML 1.0 cannot hold {@code c} (surrogates aside): C0 controls but tab, LF, CR; U+FFFE, U+FFFF. */
    static boolean notXmlChar(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }

    private static int notXml(String s) {
        int n = 0;
        for (int i = 0; s != null && i < s.length(); i++) {
            if (notXmlChar(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** {@code s} with every character XML 1.0 cannot hold replaced by U+FFFD (same length, same offsets). */
    public static String xmlSafe(String s) {
        if (s == null || notXml(s) == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (notXmlChar(sb.charAt(i))) {
                sb.setCharAt(i, '\uFFFD');
            }
        }
        return sb.toString();
    }

    /** The document as it is loaded: every field {@link #xmlSafe(String)}. */
    public static NewsDocument xmlSafe(NewsDocument d) {
        return new NewsDocument(xmlSafe(d.id()), xmlSafe(d.fileName()), xmlSafe(d.title()), xmlSafe(d.text()),
                xmlSafe(d.url()), xmlSafe(d.source()), xmlSafe(d.published()), d.origin());
    }

    static int loneSurrogates(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** Counts bytes read from the underlying (possibly compressed) file, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
