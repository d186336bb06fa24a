package org.iraqkg.endpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.iraqkg.rdf.KG;
import org.iraqkg.rdf.Superclasses;
import org.iraqkg.rdf.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML page of a resource: its Arabic and English labels, types and Wikidata links, then whatever
 * applies to it: a statement's quote, speaker and circumstances, an event's type, participants by role,
 * date and place, the text spans they were taken from shown in their sentence with the span marked; an
 * actor's roles, the statements it made, the statements about it, the events it took part in (by role)
 * and its mentions in the documents; a document's metadata, statements, events and text; and every
 * property of the resource. Reads the union graph inside the caller's read transaction.
 */
final class ResourcePage {
    private static final Logger LOG = LoggerFactory.getLogger(ResourcePage.class);

    /** Most rows a section lists; the rest are counted and left to SPARQL. */
    static final int MAX_ROWS = 200;
    /** Code points of document text shown on each side of a mention. */
    static final int CONTEXT = 60;

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node SCHEMA_SAME_AS = Vocab.SCHEMA_SAME_AS.asNode();
    private static final Node BEGIN = Vocab.NIF_BEGIN.asNode();
    private static final Node END = Vocab.NIF_END.asNode();
    private static final Node ANCHOR = Vocab.NIF_ANCHOR.asNode();
    private static final Node CONTEXT_OF = Vocab.NIF_CONTEXT.asNode();
    private static final Node IS_STRING = Vocab.NIF_IS_STRING.asNode();
    private static final Node DATE_PUBLISHED = Vocab.SCHEMA_DATE_PUBLISHED.asNode();

    /** Incoming properties that a section of their own shows. */
    private static final Set<Node> SHOWN_INCOMING = Set.of(KG.speaker.asNode(), KG.about.asNode(),
            KG.agent.asNode(), KG.target.asNode(), KG.participant.asNode(), KG.claimedBy.asNode(),
            KG.location.asNode(), KG.denotes.asNode(), KG.sourceDocument.asNode(), CONTEXT_OF,
            KG.speakerMention.asNode(), KG.span.asNode(), KG.evidenceSpan.asNode());

    /** The roles an actor or place plays in an event, with their Arabic and English names. */
    private static final List<Row> EVENT_ROLES = List.of(
            new Row("فاعل", "Agent", KG.agent.asNode()),
            new Row("مستهدف", "Target", KG.target.asNode()),
            new Row("مشارك", "Participant", KG.participant.asNode()),
            new Row("متبنٍّ", "Claimed by", KG.claimedBy.asNode()),
            new Row("مكان", "Location", KG.location.asNode()));

    private static final List<Row> STATEMENT_ROWS = List.of(
            new Row("المتحدث", "Speaker", KG.speaker.asNode()),
            new Row("فعل القول", "Reporting verb", KG.reportingVerb.asNode()),
            new Row("التاريخ", "Date", KG.date.asNode()),
            new Row("نص التاريخ", "Date as written", KG.dateText.asNode()),
            new Row("القناة", "Channel", KG.channel.asNode()),
            new Row("الوسيلة", "Outlet", KG.channelOutlet.asNode()),
            new Row("نقلاً عن", "Relayed by", KG.relayedBy.asNode()),
            new Row("حول", "About", KG.about.asNode()),
            new Row("الوثيقة", "Document", KG.sourceDocument.asNode()));

    private static final List<Row> EVENT_ROWS = List.of(
            new Row("رمز كاميو", "CAMEO code", KG.cameo.asNode()),
            new Row("الحالة", "Status", KG.status.asNode()),
            new Row("التاريخ", "Date", KG.date.asNode()),
            new Row("نص التاريخ", "Date as written", KG.dateText.asNode()),
            new Row("فاعل", "Agent", KG.agent.asNode()),
            new Row("مستهدف", "Target", KG.target.asNode()),
            new Row("مشارك", "Participant", KG.participant.asNode()),
            new Row("متبنٍّ", "Claimed by", KG.claimedBy.asNode()),
            new Row("المكان", "Location", KG.location.asNode()),
            new Row("قتلى", "Killed", KG.killed.asNode()),
            new Row("جرحى", "Wounded", KG.wounded.asNode()),
            new Row("رقم الجولة", "Round", KG.roundNumber.asNode()),
            new Row("مسار التفاوض", "Negotiation track", KG.partOfTrack.asNode()),
            new Row("الكلمة الدالة", "Trigger", KG.trigger.asNode()),
            new Row("الوثيقة", "Document", KG.sourceDocument.asNode()));

    private static final List<Row> DOCUMENT_ROWS = List.of(
            new Row("العنوان", "Headline", Terms.SCHEMA_HEADLINE),
            new Row("تاريخ النشر", "Published", DATE_PUBLISHED),
            new Row("الرابط", "URL", Vocab.SCHEMA_URL.asNode()),
            new Row("المصدر", "Source", KG.source.asNode()),
            new Row("الملف", "File", KG.fileName.asNode()));

    private record Row(String ar, String en, Node property) {}

    /** A text span: its IRI, document, code-point offsets and text. */
    private record Span(Node iri, Node doc, int begin, int end, String anchor) {}

    private final Terms terms;
    private final Graph u;
    private final Node r;
    private final Html h;
    private final String sparqlPath;
    private final Map<Node, String> docTexts = new HashMap<>();
    /** The Arabic and English titles of a statement or event, or null for another resource. */
    private final String[] title;

    private ResourcePage(Terms terms, Node r, String sparqlPath) {
        this.terms = terms;
        this.u = terms.graph();
        this.r = r;
        this.sparqlPath = sparqlPath;
        this.title = itemTitle();
        this.h = new Html(title != null ? title[0] : terms.display(r), alternates());
    }

    /** The page of {@code r}. */
    static String render(Terms terms, Node r, String sparqlPath) {
        return new ResourcePage(terms, r, sparqlPath).render();
    }

    static List<String[]> alternates() {
        List<String[]> alts = new ArrayList<>();
        for (Representation rep : Representation.RDF) {
            alts.add(new String[] {rep.mediaType, "?format=" + rep.formatNames.get(0)});
        }
        return alts;
    }

    private String render() {
        header();
        if (has(KG.quote.asNode())) {
            statement();
        }
        if (has(KG.cameo.asNode())) {
            event();
        }
        if (has(IS_STRING) || hasType(KG.Document.asNode())) {
            document();
        }
        evidence();
        roles();
        statements(KG.speaker.asNode(), "تصريحاته", "Statements made");
        statements(KG.about.asNode(), "تصريحات بشأنه", "Statements about it");
        events();
        mentions();
        linkedFrom();
        allProperties();
        h.raw("</main>\n");
        return h.finish(sparqlPath);
    }

    // ---- header

    private void header() {
        String ar = title != null ? title[0] : terms.label(r, "ar");
        String en = title != null ? title[1] : terms.label(r, "en");
        h.raw("<header>\n<h1>").esc(ar != null ? ar : terms.display(r)).raw("</h1>\n");
        if (en != null) {
            h.raw("<p class=\"en\" lang=\"en\" dir=\"ltr\">").esc(en).raw("</p>\n");
        }
        h.raw("<p class=\"iri\" dir=\"ltr\"><code>").esc(r.getURI()).raw("</code></p>\n");
        List<Node> types = Superclasses.ontology().mostSpecific(objects(r, TYPE));
        if (!types.isEmpty()) {
            h.raw("<p>النوع · <span lang=\"en\" dir=\"ltr\">Type</span>: ");
            sep(types, this::labelled);
            h.raw("</p>\n");
        }
        Set<Node> same = new LinkedHashSet<>(objects(r, SAME_AS));
        same.addAll(objects(r, SCHEMA_SAME_AS));
        if (!same.isEmpty()) {
            h.raw("<p>نفس الكيان في · <span lang=\"en\" dir=\"ltr\">Same as</span>: ");
            sep(new ArrayList<>(same), n -> {
                String iri = n.isURI() ? n.getURI() : n.toString();
                String shown = iri.startsWith(Namespaces.WD) ? "Wikidata " + iri.substring(Namespaces.WD.length())
                        : iri;
                h.raw("<bdi dir=\"ltr\">").link(iri, shown).raw("</bdi>");
            });
            h.raw("</p>\n");
        }
        h.raw("<p class=\"formats\" dir=\"ltr\">");
        for (Representation rep : Representation.RDF) {
            h.link("?format=" + rep.formatNames.get(0), switch (rep) {
                case TURTLE -> "Turtle";
                case JSONLD -> "JSON-LD";
                case NTRIPLES -> "N-Triples";
                default -> "RDF/XML";
            });
        }
        h.raw("</p>\n</header>\n<main>\n");
    }

    /** Words of a quote a statement's title shows. */
    static final int TITLE_WORDS = 8;

    /**
     * What a statement or an event is called: a statement by its speaker and the first words of its quote, an
     * event by its class, place and date ({Arabic, English}); null for other resources. The date is isolated
     * (U+2068 … U+2069) so that right-to-left text does not reorder it.
     */
    private String[] itemTitle() {
        Node quote = G.getSP(u, r, KG.quote.asNode());
        if (quote != null && quote.isLiteral()) {
            String[] words = quote.getLiteralLexicalForm().strip().split("\\s+");
            String start = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(TITLE_WORDS,
                    words.length))) + (words.length > TITLE_WORDS ? " …" : "");
            List<Node> speakers = objects(r, KG.speaker.asNode());
            Node speaker = speakers.isEmpty() ? null : speakers.get(0);
            String ar = (speaker == null ? "تصريح" : terms.display(speaker)) + ": «" + start + "»";
            String speakerEn = speaker == null ? null : terms.label(speaker, "en");
            String en = speakerEn != null ? "Statement by " + speakerEn : "Statement";
            return new String[] {ar, en};
        }
        if (has(KG.cameo.asNode())) {
            List<Node> types = Superclasses.ontology().mostSpecific(objects(r, TYPE));
            Node type = types.isEmpty() ? KG.Event.asNode() : types.get(0);
            List<String> ar = new ArrayList<>();
            List<String> en = new ArrayList<>();
            ar.add(terms.display(type));
            String typeEn = terms.label(type, "en");
            en.add(typeEn != null ? typeEn : Terms.shortName(type));
            List<Node> places = objects(r, KG.location.asNode());
            if (!places.isEmpty()) {
                ar.add("في " + terms.display(places.get(0)));
                String placeEn = terms.label(places.get(0), "en");
                en.add("in " + (placeEn != null ? placeEn : terms.display(places.get(0))));
            }
            String date = Terms.lexical(G.getSP(u, r, KG.date.asNode()));
            if (date != null) {
                ar.add("\u2068" + date + "\u2069");
                en.add(date);
            }
            return new String[] {String.join(" ", ar), String.join(", ", en)};
        }
        return null;
    }

    // ---- statements, events, documents

    private void statement() {
        h.h2("التصريح", "Statement");
        for (Node q : objects(r, KG.quote.asNode())) {
            h.raw("<blockquote lang=\"ar\">").esc(q.isLiteral() ? q.getLiteralLexicalForm() : q.toString())
                    .raw("</blockquote>\n");
        }
        List<Node> direct = objects(r, KG.direct.asNode());
        if (!direct.isEmpty()) {
            boolean d = direct.get(0).isLiteral() && "true".equals(direct.get(0).getLiteralLexicalForm());
            h.raw("<p>").esc(d ? "اقتباس مباشر" : "كلام منقول بالمعنى").raw(" · <span lang=\"en\" dir=\"ltr\">")
                    .esc(d ? "direct quotation" : "reported speech").raw("</span></p>\n");
        }
        facts(STATEMENT_ROWS);
    }

    private void event() {
        h.h2("الحدث", "Event");
        facts(EVENT_ROWS);
    }

    private void document() {
        h.h2("الوثيقة", "Document");
        facts(DOCUMENT_ROWS);
        List<Node> stmts = new ArrayList<>();
        List<Node> evs = new ArrayList<>();
        for (Node s : subjects(KG.sourceDocument.asNode(), r)) {
            if (u.contains(s, KG.quote.asNode(), Node.ANY)) {
                stmts.add(s);
            } else {
                evs.add(s);
            }
        }
        if (!stmts.isEmpty()) {
            h.h2("تصريحات في الوثيقة", "Statements in this document");
            statementTable(stmts);
        }
        if (!evs.isEmpty()) {
            h.h2("أحداث في الوثيقة", "Events in this document");
            eventTable(evs, null);
        }
        String text = docText(r);
        if (text != null) {
            h.raw("<details>\n<summary>النص الكامل · <span lang=\"en\" dir=\"ltr\">Full text</span></summary>\n")
                    .raw("<pre class=\"text\" lang=\"ar\">").esc(text).raw("</pre>\n</details>\n");
        }
    }

    private void facts(List<Row> rows) {
        boolean any = false;
        for (Row row : rows) {
            List<Node> values = objects(r, row.property());
            if (values.isEmpty()) {
                continue;
            }
            if (!any) {
                h.tableStart("الخاصية|Property", "القيمة|Value");
                any = true;
            }
            h.raw("<tr><th>").esc(row.ar()).raw(" <span class=\"en\" lang=\"en\" dir=\"ltr\">").esc(row.en())
                    .raw("</span></th><td>");
            sep(values, this::value);
            h.raw("</td></tr>\n");
        }
        if (any) {
            h.tableEnd();
        }
    }

    // ---- the text spans behind a statement or event

    private void evidence() {
        List<Span> marks = new ArrayList<>();
        Map<Span, String> markClass = new HashMap<>();
        for (Node p : List.of(KG.span.asNode(), KG.speakerMention.asNode())) {
            for (Node n : objects(r, p)) {
                Span s = span(n);
                if (s != null) {
                    marks.add(s);
                    markClass.putIfAbsent(s, p.equals(KG.speakerMention.asNode()) ? "speaker" : "span");
                }
            }
        }
        if (marks.isEmpty()) {
            return;
        }
        List<Span> sentences = new ArrayList<>();
        for (Node n : objects(r, KG.evidenceSpan.asNode())) {
            Span s = span(n);
            if (s != null) {
                sentences.add(s);
            }
        }
        Comparator<Span> order = Comparator.comparing((Span s) -> s.doc().toString()).thenComparingInt(Span::begin)
                .thenComparingInt(Span::end);
        sentences.sort(order);
        marks.sort(order);
        h.h2("النص المصدر", "Source text");
        h.raw("<p class=\"muted\">").esc("المقطع المستخرج مظلَّل في جملته").raw(" · <span lang=\"en\" dir=\"ltr\">")
                .esc("the extracted span is highlighted in its sentence").raw("</span></p>\n");
        Set<Span> placed = new LinkedHashSet<>();
        for (Span sentence : sentences) {
            List<Span> inside = new ArrayList<>();
            for (Span m : marks) {
                if (m.doc().equals(sentence.doc()) && m.begin() >= sentence.begin() && m.end() <= sentence.end()) {
                    inside.add(m);
                }
            }
            if (inside.isEmpty()) {
                continue;
            }
            placed.addAll(inside);
            h.raw("<blockquote lang=\"ar\">");
            marked(sentence.anchor(), sentence.begin(), sentence.end(), inside, markClass);
            h.raw("<br><span class=\"muted\">");
            h.link(terms.href(sentence.doc().getURI()), terms.display(sentence.doc()));
            h.raw(" <bdi dir=\"ltr\">[").esc(sentence.begin() + "–" + sentence.end()).raw("]</bdi></span>");
            h.raw("</blockquote>\n");
        }
        for (Span m : marks) {
            if (placed.contains(m)) {
                continue;
            }
            h.raw("<blockquote lang=\"ar\">");
            inContext(m, markClass.get(m));
            h.raw("<br><span class=\"muted\">");
            h.link(terms.href(m.doc().getURI()), terms.display(m.doc()));
            h.raw(" <bdi dir=\"ltr\">[").esc(m.begin() + "–" + m.end()).raw("]</bdi></span></blockquote>\n");
        }
    }

    /** Writes {@code text} (the code points begin..end of a document) with the spans {@code marks} marked. */
    private void marked(String text, int begin, int end, List<Span> marks, Map<Span, String> markClass) {
        boolean offsetsFit = text.codePointCount(0, text.length()) == end - begin;
        int at = 0;
        for (Span m : marks) {
            int from;
            int to;
            if (offsetsFit) {
                from = text.offsetByCodePoints(0, m.begin() - begin);
                to = text.offsetByCodePoints(0, m.end() - begin);
            } else {
                from = text.indexOf(m.anchor(), at);
                to = from < 0 ? -1 : from + m.anchor().length();
            }
            if (from < at || to < from) {
                continue;
            }
            h.esc(text.substring(at, from));
            h.raw("<mark class=\"").raw(markClass.getOrDefault(m, "span")).raw("\">").esc(text.substring(from, to))
                    .raw("</mark>");
            at = to;
        }
        h.esc(text.substring(at));
    }

    /** Writes the span marked, with up to {@link #CONTEXT} code points of its document on each side. */
    private void inContext(Span m, String cls) {
        String text = docText(m.doc());
        String mark = "<mark class=\"" + (cls == null ? "span" : cls) + "\">";
        int cps = text == null ? -1 : text.codePointCount(0, text.length());
        if (text == null || m.end() > cps || m.begin() < 0 || m.begin() > m.end()) {
            h.raw(mark).esc(m.anchor()).raw("</mark>");
            return;
        }
        int from = text.offsetByCodePoints(0, m.begin());
        int to = text.offsetByCodePoints(0, m.end());
        if (m.anchor() != null && !text.substring(from, to).equals(m.anchor())) {
            h.raw(mark).esc(m.anchor()).raw("</mark>");
            return;
        }
        int left = text.offsetByCodePoints(0, Math.max(0, m.begin() - CONTEXT));
        int right = text.offsetByCodePoints(0, Math.min(cps, m.end() + CONTEXT));
        String before = text.substring(left, from);
        String after = text.substring(to, right);
        int nl = before.lastIndexOf('\n');
        if (nl >= 0) {
            before = before.substring(nl + 1);
        } else if (left > 0) {
            before = "…" + before;
        }
        nl = after.indexOf('\n');
        if (nl >= 0) {
            after = after.substring(0, nl);
        } else if (right < text.length()) {
            after = after + "…";
        }
        h.esc(before).raw(mark).esc(text.substring(from, to)).raw("</mark>").esc(after);
    }

    private Span span(Node n) {
        Integer b = intValue(n, BEGIN);
        Integer e = intValue(n, END);
        Node doc = G.getSP(u, n, CONTEXT_OF);
        Node anchor = G.getSP(u, n, ANCHOR);
        if (b == null || e == null || doc == null || !doc.isURI()) {
            return null;
        }
        return new Span(n, doc, b, e, anchor != null && anchor.isLiteral() ? anchor.getLiteralLexicalForm() : null);
    }

    private Integer intValue(Node s, Node p) {
        Node o = G.getSP(u, s, p);
        if (o == null || !o.isLiteral()) {
            return null;
        }
        try {
            return Integer.valueOf(o.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String docText(Node doc) {
        return docTexts.computeIfAbsent(doc, d -> {
            Node t = G.getSP(u, d, IS_STRING);
            return t != null && t.isLiteral() ? t.getLiteralLexicalForm() : null;
        });
    }

    // ---- actors

    private void roles() {
        List<Node> roles = objects(r, KG.hasRole.asNode());
        if (roles.isEmpty()) {
            return;
        }
        roles.sort(Comparator.comparing(n -> String.valueOf(Terms.lexical(G.getSP(u, n, KG.startDate.asNode())))));
        h.h2("المناصب", "Roles");
        h.tableStart("المنصب|Position", "في|In", "من|From", "إلى|To", "التسمية|Title");
        for (Node role : roles) {
            h.raw("<tr><td>");
            sep(objects(role, KG.position.asNode()), this::labelled);
            if (role.isURI()) {
                h.raw(" <span class=\"muted\">").link(terms.href(role.getURI()), "↗").raw("</span>");
            }
            h.raw("</td><td>");
            sep(objects(role, KG.roleIn.asNode()), this::labelled);
            h.raw("</td><td>");
            sep(objects(role, KG.startDate.asNode()), this::value);
            h.raw("</td><td>");
            sep(objects(role, KG.endDate.asNode()), this::value);
            h.raw("</td><td>");
            sep(objects(role, KG.roleName.asNode()), this::value);
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
    }

    private void statements(Node property, String ar, String en) {
        List<Node> stmts = subjects(property, r);
        if (stmts.isEmpty()) {
            return;
        }
        h.h2(ar, en);
        statementTable(stmts);
    }

    private void statementTable(List<Node> stmts) {
        stmts.sort(Comparator.comparing((Node s) -> String.valueOf(Terms.lexical(dateOf(s)))).thenComparing((Node n) -> n.toString()));
        h.tableStart("الاقتباس|Quote", "المتحدث|Speaker", "التاريخ|Date", "الوثيقة|Document");
        int n = 0;
        for (Node s : stmts) {
            if (++n > MAX_ROWS) {
                break;
            }
            Node quote = G.getSP(u, s, KG.quote.asNode());
            boolean direct = "true".equals(Terms.lexical(G.getSP(u, s, KG.direct.asNode())));
            h.raw("<tr><td>");
            String q = quote == null ? terms.display(s) : Terms.lexical(quote);
            h.link(terms.href(s.getURI()), direct ? "«" + q + "»" : q);
            h.raw("</td><td>");
            sep(objects(s, KG.speaker.asNode()), this::labelled);
            h.raw("</td><td>");
            Node date = dateOf(s);
            if (date != null) {
                value(date);
            }
            h.raw("</td><td>");
            sep(objects(s, KG.sourceDocument.asNode()), this::labelled);
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
        more(stmts.size());
    }

    /** The statement's or event's date, else its document's publication date. */
    private Node dateOf(Node s) {
        Node d = G.getSP(u, s, KG.date.asNode());
        if (d == null) {
            Node doc = G.getSP(u, s, KG.sourceDocument.asNode());
            d = doc == null ? null : G.getSP(u, doc, DATE_PUBLISHED);
        }
        return d;
    }

    private void events() {
        List<Node> evs = new ArrayList<>();
        Map<Node, Row> roleOf = new HashMap<>();
        for (Row role : EVENT_ROLES) {
            for (Node e : subjects(role.property(), r)) {
                if (!roleOf.containsKey(e)) {
                    evs.add(e);
                }
                roleOf.merge(e, role, (a, b) -> new Row(a.ar() + "، " + b.ar(), a.en() + ", " + b.en(), null));
            }
        }
        if (evs.isEmpty()) {
            return;
        }
        h.h2("الأحداث", "Events");
        eventTable(evs, roleOf);
    }

    private void eventTable(List<Node> evs, Map<Node, Row> roleOf) {
        evs.sort(Comparator.comparing((Node e) -> String.valueOf(Terms.lexical(G.getSP(u, e, KG.date.asNode()))))
                .thenComparing((Node n) -> n.toString()));
        if (roleOf != null) {
            h.tableStart("الدور|Role", "الحدث|Event", "CAMEO", "التاريخ|Date", "الدليل|Evidence");
        } else {
            h.tableStart("الحدث|Event", "CAMEO", "التاريخ|Date", "الدليل|Evidence");
        }
        int n = 0;
        for (Node e : evs) {
            if (++n > MAX_ROWS) {
                break;
            }
            h.raw("<tr>");
            if (roleOf != null) {
                Row role = roleOf.get(e);
                h.raw("<td>").esc(role.ar()).raw(" <span class=\"en\" lang=\"en\" dir=\"ltr\">").esc(role.en())
                        .raw("</span></td>");
            }
            h.raw("<td>");
            List<Node> types = Superclasses.ontology().mostSpecific(objects(e, TYPE));
            String typeLabel = types.isEmpty() ? terms.display(e) : terms.display(types.get(0));
            String trigger = Terms.lexical(G.getSP(u, e, KG.trigger.asNode()));
            h.link(terms.href(e.getURI()), typeLabel + (trigger == null ? "" : " (" + trigger + ")"));
            h.raw("</td><td>");
            for (Node c : objects(e, KG.cameo.asNode())) {
                String code = Terms.lexical(G.getSP(u, c, Terms.SKOS_NOTATION));
                h.raw("<bdi dir=\"ltr\">").link(terms.href(c.getURI()), code != null ? code : Terms.shortName(c))
                        .raw("</bdi> ");
            }
            h.raw("</td><td>");
            sep(objects(e, KG.date.asNode()), this::value);
            h.raw("</td><td lang=\"ar\">");
            String ev = Terms.lexical(G.getSP(u, e, KG.evidence.asNode()));
            h.esc(ev == null ? "" : ev.length() > 240 ? ev.substring(0, 240) + "…" : ev);
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
        more(evs.size());
    }

    private void mentions() {
        List<Node> ms = subjects(KG.denotes.asNode(), r);
        if (ms.isEmpty()) {
            return;
        }
        List<Span> spans = new ArrayList<>();
        for (Node m : ms) {
            Span s = span(m);
            if (s != null) {
                spans.add(s);
            }
        }
        spans.sort(Comparator.comparing((Span s) -> s.doc().toString()).thenComparingInt(Span::begin));
        h.h2("الإشارات في النصوص", "Mentions");
        h.tableStart("النص|Text", "الوثيقة|Document", "الموضع|Offsets");
        int n = 0;
        for (Span s : spans) {
            if (++n > MAX_ROWS) {
                break;
            }
            h.raw("<tr><td lang=\"ar\">");
            inContext(s, "span");
            h.raw("</td><td>");
            labelled(s.doc());
            h.raw("</td><td><bdi dir=\"ltr\">").link(terms.href(s.iri().getURI()), s.begin() + "–" + s.end())
                    .raw("</bdi></td></tr>\n");
        }
        h.tableEnd();
        more(spans.size());
    }

    /** Incoming links no other section shows (a role's holder, a track's rounds, a position's roles). */
    private void linkedFrom() {
        List<Triple> in = new ArrayList<>();
        ExtendedIterator<Triple> it = u.find(Node.ANY, Node.ANY, r);
        try {
            while (it.hasNext() && in.size() <= MAX_ROWS) {
                Triple t = it.next();
                if (!SHOWN_INCOMING.contains(t.getPredicate()) && !t.getPredicate().equals(KG.hasRole.asNode())) {
                    in.add(t);
                }
            }
        } finally {
            it.close();
        }
        if (in.isEmpty()) {
            return;
        }
        in.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString())
                .thenComparing(t -> t.getSubject().toString()));
        h.h2("مرتبط به", "Linked from");
        h.tableStart("المورد|Resource", "الخاصية|Property");
        int n = 0;
        for (Triple t : in) {
            if (++n > MAX_ROWS) {
                break;
            }
            h.raw("<tr><td>");
            value(t.getSubject());
            h.raw("</td><td>");
            labelled(t.getPredicate());
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
        if (in.size() > MAX_ROWS) {
            h.raw("<p class=\"muted\">…</p>\n");
        }
    }

    private void allProperties() {
        List<Triple> out = u.find(r, Node.ANY, Node.ANY).toList();
        if (out.isEmpty()) {
            return;
        }
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString())
                .thenComparing(t -> t.getObject().toString()));
        h.h2("كل الخصائص", "All properties");
        h.tableStart("الخاصية|Property", "القيمة|Value");
        for (Triple t : out) {
            h.raw("<tr><td>");
            labelled(t.getPredicate());
            h.raw("</td><td>");
            if (t.getPredicate().equals(IS_STRING)) {
                String s = Terms.lexical(t.getObject());
                h.raw("<span lang=\"ar\">").esc(s.length() > 300 ? s.substring(0, 300) + "…" : s).raw("</span>");
            } else {
                value(t.getObject());
            }
            h.raw("</td></tr>\n");
        }
        h.tableEnd();
    }

    // ---- values

    /** A link to {@code n} labelled in Arabic, with the English label after it when there is one. */
    private void labelled(Node n) {
        if (!n.isURI()) {
            value(n);
            return;
        }
        String ar = terms.label(n, "ar");
        String en = terms.label(n, "en");
        String main = ar != null ? ar : terms.display(n);
        h.link(terms.href(n.getURI()), main);
        if (en != null && !en.equals(main)) {
            h.raw(" <span class=\"en\" lang=\"en\" dir=\"ltr\">(").esc(en).raw(")</span>");
        }
    }

    private void value(Node o) {
        if (o.isURI()) {
            labelled(o);
        } else if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String dt = o.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                h.foreign(o.getLiteralLexicalForm(), lang);
            } else if (dt == null || dt.equals(Namespaces.XSD + "string")) {
                h.foreign(o.getLiteralLexicalForm(), "");
            } else if (dt.equals(Namespaces.XSD + "anyURI")) {
                h.raw("<bdi dir=\"ltr\">").link(o.getLiteralLexicalForm(), o.getLiteralLexicalForm()).raw("</bdi>");
            } else {
                String q = Namespaces.qname(dt);
                h.raw("<bdi dir=\"ltr\">").esc(o.getLiteralLexicalForm()).raw("</bdi> <span class=\"muted\">")
                        .esc(q != null ? q : dt).raw("</span>");
            }
        } else {
            h.esc(Terms.shortName(o));
        }
    }

    private void more(int total) {
        if (total > MAX_ROWS) {
            h.raw("<p class=\"muted\">").esc("و" + (total - MAX_ROWS) + " غيرها (استعلم عبر SPARQL)")
                    .raw(" · <span lang=\"en\" dir=\"ltr\">").esc((total - MAX_ROWS) + " more: query SPARQL")
                    .raw("</span></p>\n");
        }
    }

    private <T> void sep(List<T> items, java.util.function.Consumer<T> each) {
        boolean firstItem = true;
        for (T item : items) {
            if (!firstItem) {
                h.raw("، ");
            }
            firstItem = false;
            each.accept(item);
        }
    }

    // ---- graph access

    private boolean has(Node p) {
        return u.contains(r, p, Node.ANY);
    }

    private boolean hasType(Node type) {
        return u.contains(r, TYPE, type);
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = Describer.objects(u, s, p);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = u.find(Node.ANY, p, o);
        try {
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isURI()) {
                    out.add(s);
                }
            }
        } finally {
            it.close();
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} subjects of {} {}", out.size(), p, o);
        }
        return out;
    }
}
