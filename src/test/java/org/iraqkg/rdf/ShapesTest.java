package org.iraqkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates small graphs shaped like the loader's output against {@code ontology/shapes.ttl}, with the
 * ontology and the CAMEO scheme merged in as in the store: a valid graph conforms, and each broken variant
 * fails with the expected focus node.
 */
class ShapesTest {
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String DOC = "http://localhost:3030/document/test-001";
    private static final String ENTITY = "http://localhost:3030/entity/";
    private static final String DATA = "http://localhost:3030/data/";

    /**
     * The document text. The emoji before the first mention is outside the Basic Multilingual Plane: one
     * code point but two UTF-16 units, so UTF-16 offsets after it are off by one.
     */
    private static final String TEXT = "العراق ينهي جولة من المفاوضات 🇮🇶\n"
            + "وقال رئيس الوزراء 😀 محمد شياع السوداني إن \"الجولة الثالثة من المباحثات انتهت\". "
            + "وستُعقد الجولة الرابعة في بغداد. ونفى التحالف الدولي تنفيذ هجوم بطائرة مسيّرة.";

    private static final Property BEGIN = ResourceFactory.createProperty(NIF + "beginIndex");
    private static final Property END = ResourceFactory.createProperty(NIF + "endIndex");
    private static final Property ANCHOR = ResourceFactory.createProperty(NIF + "anchorOf");
    private static final Property CONTEXT = ResourceFactory.createProperty(NIF + "referenceContext");
    private static final Property IS_STRING = ResourceFactory.createProperty(NIF + "isString");
    private static final Resource NIF_STRING = ResourceFactory.createResource(NIF + "String");

    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(OntologyFiles.shapes().getGraph());
        assertTrue(shapes.numRootShapes() >= 6, "too few shapes with targets: " + shapes.numRootShapes());
    }

    // ---- The valid graph

    @Test
    void validGraphConforms() {
        ValidationReport report = validate(validGraph());
        assertTrue(report.conforms(), () -> "expected no violations:\n" + print(report));
        assertTrue(report.getEntries().isEmpty());
    }

    @Test
    void mentionOffsetsCountCodePoints() {
        // The fixture's own check: after the emoji, code point and UTF-16 offsets differ.
        Model m = validGraph();
        Resource mention = mention(m, "محمد شياع السوداني");
        int begin = m.getRequiredProperty(mention, BEGIN).getInt();
        assertEquals(TEXT.codePointCount(0, TEXT.indexOf("محمد شياع السوداني")), begin);
        assertNotEquals(TEXT.indexOf("محمد شياع السوداني"), begin);
    }

    @Test
    void ontologyAndCameoAloneConformAndAreNoTargets() {
        Graph ontology = OntologyFiles.ontologyAndCameo();
        for (Shape shape : shapes) {
            assertTrue(VLib.focusNodes(ontology, shape).isEmpty(),
                    () -> shape.getShapeNode() + " targets ontology terms: " + VLib.focusNodes(ontology, shape));
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, ontology);
        assertTrue(report.conforms(), () -> print(report));
    }

    @Test
    void eventsAndStatementsAreTargetedByTheirOwnShapes() {
        Graph graph = validGraph().getGraph();
        Set<Node> statements = Set.copyOf(VLib.focusNodes(graph, shape("StatementShape")));
        Set<Node> events = Set.copyOf(VLib.focusNodes(graph, shape("EventShape")));
        assertEquals(Set.of(node(DATA + "statement-1")), statements);
        assertEquals(Set.of(node(DATA + "event-round-3"), node(DATA + "event-round-4"), node(DATA + "event-drone")),
                events);
        assertEquals(events, Set.copyOf(VLib.focusNodes(graph, shape("EventCameoShape"))));
        Set<Node> spans = Set.copyOf(VLib.focusNodes(graph, shape("SpanShape")));
        assertTrue(spans.contains(node(mentionIri("محمد شياع السوداني"))));
        assertFalse(spans.contains(node(DOC)), "the document is not a span");
    }

    @Test
    void fixtureUsesEveryShape() {
        // Guard against a fixture that silently stops exercising a shape.
        Graph graph = validGraph().getGraph();
        for (String local : List.of("DocumentShape", "SpanShape", "MentionShape", "StatementShape", "EventShape",
                "EventCameoShape", "EntityShape", "RoleHoldingShape")) {
            assertFalse(VLib.focusNodes(graph, shape(local)).isEmpty(), "kgsh:" + local + " has no focus node");
        }
    }

    // ---- Broken variants: each names the focus node and a word of the expected result (path or message)

    @Test
    void statementWithoutQuoteFails() {
        assertFails(DATA + "statement-1", "quote", m -> m.removeAll(res(m, DATA + "statement-1"), KG.quote, null));
    }

    @Test
    void statementWithEmptyQuoteFails() {
        assertFails(DATA + "statement-1", "MinLength", m -> {
            Resource s = res(m, DATA + "statement-1");
            m.removeAll(s, KG.quote, null);
            s.addProperty(KG.quote, "", "ar");
        });
    }

    @Test
    void statementWithAQuoteNotTaggedArFails() {
        assertFails(DATA + "statement-1", "Datatype", m -> {
            Resource s = res(m, DATA + "statement-1");
            m.removeAll(s, KG.quote, null);
            s.addProperty(KG.quote, "الجولة الثالثة من المباحثات انتهت");
        });
    }

    @Test
    void statementWithoutDirectFlagFails() {
        assertFails(DATA + "statement-1", "direct", m -> m.removeAll(res(m, DATA + "statement-1"), KG.direct, null));
    }

    @Test
    void statementWithWrongDateDatatypeFails() {
        assertFails(DATA + "statement-1", "date", m -> {
            Resource s = res(m, DATA + "statement-1");
            m.removeAll(s, KG.date, null);
            s.addLiteral(KG.date, m.createTypedLiteral("2024-01-27T10:00:00Z", XSDDatatype.XSDdateTime));
        });
    }

    @Test
    void statementWithUnknownChannelFails() {
        assertFails(DATA + "statement-1", "channel", m -> {
            Resource s = res(m, DATA + "statement-1");
            m.removeAll(s, KG.channel, null);
            s.addProperty(KG.channel, KG.Occurred);
        });
    }

    @Test
    void confidenceAboveOneFails() {
        assertFails(DATA + "statement-1", "confidence", m -> {
            Resource s = res(m, DATA + "statement-1");
            m.removeAll(s, KG.confidence, null);
            s.addLiteral(KG.confidence, m.createTypedLiteral(new BigDecimal("1.5")));
        });
    }

    @Test
    void confidenceAsDoubleFails() {
        assertFails(DATA + "event-drone", "confidence", m -> {
            Resource e = res(m, DATA + "event-drone");
            m.removeAll(e, KG.confidence, null);
            e.addLiteral(KG.confidence, m.createTypedLiteral(0.5d));
        });
    }

    @Test
    void statementSpanFromAnotherDocumentFails() {
        assertFails(DATA + "statement-1", "not in the source document", m -> {
            Resource s = res(m, DATA + "statement-1");
            String otherText = "نص آخر";
            Resource other = document(m, "http://localhost:3030/document/other", otherText);
            m.removeAll(s, KG.span, null);
            s.addProperty(KG.span, span(m, other, otherText, "آخر"));
        });
    }

    @Test
    void eventWithTwoCameoCodesFails() {
        assertFails(DATA + "event-drone", "maxCount",
                m -> res(m, DATA + "event-drone").addProperty(KG.cameo, cameo(m, "195")));
    }

    @Test
    void eventWithUnknownCameoCodeFails() {
        assertFails(DATA + "event-drone", "CameoConceptShape", m -> {
            Resource e = res(m, DATA + "event-drone");
            m.removeAll(e, KG.cameo, null);
            e.addProperty(KG.cameo, cameo(m, "999"));
        });
    }

    @Test
    void eventWithoutCameoCodeFails() {
        assertFails(DATA + "event-drone", "CAMEO code", m -> m.removeAll(res(m, DATA + "event-drone"), KG.cameo, null));
    }

    @Test
    void eventWithoutStatusFails() {
        assertFails(DATA + "event-round-3", "status",
                m -> m.removeAll(res(m, DATA + "event-round-3"), KG.status, null));
    }

    @Test
    void eventThatIsNotAnEventFails() {
        assertFails(DATA + "event-drone", "Expected class", m -> {
            Resource e = res(m, DATA + "event-drone");
            m.removeAll(e, RDF.type, null);
            e.addProperty(RDF.type, KG.Person);
        });
    }

    @Test
    void eventThatIsAlsoAStatementFails() {
        assertFails(DATA + "event-drone", "Not", m -> res(m, DATA + "event-drone").addProperty(RDF.type, KG.Statement));
    }

    @Test
    void eventWithNegativeCasualtiesFails() {
        assertFails(DATA + "event-drone", "killed", m -> {
            Resource e = res(m, DATA + "event-drone");
            m.removeAll(e, KG.killed, null);
            e.addLiteral(KG.killed, m.createTypedLiteral("-1", XSDDatatype.XSDinteger));
        });
    }

    @Test
    void eventWithoutEvidenceSpanFails() {
        assertFails(DATA + "event-round-3", "evidenceSpan",
                m -> m.removeAll(res(m, DATA + "event-round-3"), KG.evidenceSpan, null));
    }

    @Test
    void mentionWithWrongAnchorFails() {
        String iri = mentionIri("محمد شياع السوداني");
        assertFails(iri, "differs from the document text", m -> {
            Resource mention = res(m, iri);
            m.removeAll(mention, ANCHOR, null);
            mention.addProperty(ANCHOR, "محمد شياع");
        });
    }

    @Test
    void mentionWithUtf16OffsetsFails() {
        // Offsets counted in UTF-16 units, as String.indexOf gives them: wrong after the emoji.
        String anchor = "محمد شياع السوداني";
        int begin = TEXT.indexOf(anchor);
        int end = begin + anchor.length();
        String iri = DOC + "#char=" + begin + "," + end;
        assertFails(iri, "differs from the document text", m -> m.createResource(iri)
                .addProperty(RDF.type, KG.Mention)
                .addLiteral(BEGIN, nonNegative(m, begin))
                .addLiteral(END, nonNegative(m, end))
                .addProperty(ANCHOR, anchor)
                .addProperty(CONTEXT, res(m, DOC))
                .addProperty(KG.denotes, res(m, ENTITY + "sudani"))
                .addLiteral(KG.confidence, m.createTypedLiteral(new BigDecimal("0.9")))
                .addProperty(KG.extractor, "test"));
    }

    @Test
    void mentionBeyondTheTextFails() {
        int length = TEXT.codePointCount(0, TEXT.length());
        String iri = DOC + "#char=" + (length - 2) + "," + (length + 3);
        assertFails(iri, "beyond the end", m -> m.createResource(iri)
                .addProperty(RDF.type, KG.Mention)
                .addLiteral(BEGIN, nonNegative(m, length - 2))
                .addLiteral(END, nonNegative(m, length + 3))
                .addProperty(ANCHOR, TEXT.substring(TEXT.offsetByCodePoints(0, length - 2)))
                .addProperty(CONTEXT, res(m, DOC))
                .addProperty(KG.denotes, res(m, ENTITY + "baghdad"))
                .addLiteral(KG.confidence, m.createTypedLiteral(new BigDecimal("0.9")))
                .addProperty(KG.extractor, "test"));
    }

    @Test
    void spanWithReversedOffsetsFails() {
        String iri = DOC + "#char=5,3";
        assertFails(iri, "LessThan", m -> m.createResource(iri)
                .addProperty(RDF.type, NIF_STRING)
                .addLiteral(BEGIN, nonNegative(m, 5))
                .addLiteral(END, nonNegative(m, 3))
                .addProperty(ANCHOR, "")
                .addProperty(CONTEXT, res(m, DOC)));
    }

    @Test
    void spanWhoseIriDoesNotMatchItsOffsetsFails() {
        String iri = DOC + "#char=0,3";
        assertFails(iri, "IRI must be", m -> m.createResource(iri)
                .addProperty(RDF.type, NIF_STRING)
                .addLiteral(BEGIN, nonNegative(m, 0))
                .addLiteral(END, nonNegative(m, 6))
                .addProperty(ANCHOR, "العراق")
                .addProperty(CONTEXT, res(m, DOC)));
    }

    @Test
    void mentionWithoutDenotationFails() {
        String iri = mentionIri("محمد شياع السوداني");
        assertFails(iri, "denotes", m -> m.removeAll(res(m, iri), KG.denotes, null));
    }

    @Test
    void wrongContentHashFails() {
        assertFails(DOC, "SHA-256", m -> {
            Resource doc = res(m, DOC);
            m.removeAll(doc, KG.contentHash, null);
            doc.addProperty(KG.contentHash, sha256(TEXT + " "));
        });
    }

    @Test
    void documentWithoutTextFails() {
        assertFails(DOC, "isString", m -> m.removeAll(res(m, DOC), IS_STRING, null));
    }

    @Test
    void entityWithoutLabelFails() {
        assertFails(ENTITY + "coalition", "label", m -> m.removeAll(res(m, ENTITY + "coalition"), RDFS.label, null));
    }

    @Test
    void entityWithoutKgTypeFails() {
        assertFails(ENTITY + "baghdad", "class of the kg: ontology", m -> {
            Resource e = res(m, ENTITY + "baghdad");
            m.removeAll(e, RDF.type, null);
            e.addProperty(RDF.type, m.createResource(SCHEMA + "City"));
        });
    }

    @Test
    void entityWithMisspelledKgTypeFails() {
        assertFails(ENTITY + "baghdad", "class of the kg: ontology", m -> {
            Resource e = res(m, ENTITY + "baghdad");
            m.removeAll(e, RDF.type, null);
            e.addProperty(RDF.type, m.createResource(KG.NS + "Cty"));
        });
    }

    @Test
    void roleHoldingWithoutPositionOrNameFails() {
        assertFails(DATA + "role-sudani-pm", "kg:position or a kg:roleName", m -> {
            Resource r = res(m, DATA + "role-sudani-pm");
            m.removeAll(r, KG.position, null);
            m.removeAll(r, KG.roleName, null);
        });
    }

    @Test
    void roleHoldingWithoutHolderFails() {
        assertFails(DATA + "role-sudani-pm", "holder",
                m -> m.removeAll(res(m, DATA + "role-sudani-pm"), KG.holder, null));
    }

    @Test
    void blankNodeStatementFails() {
        Collection<ReportEntry> entries = violations(m -> {
            Resource s = res(m, DATA + "statement-1");
            Resource blank = m.createResource();
            s.listProperties().toList().forEach(st -> blank.addProperty(st.getPredicate(), st.getObject()));
            m.removeAll(s, null, null);
        });
        assertTrue(entries.stream().anyMatch(e -> e.focusNode().isBlank() && describe(e).contains("IRI")),
                () -> print(entries));
    }

    // ---- Fixture

    /** The ontology, the CAMEO scheme and one document's worth of loader output. */
    private static Model validGraph() {
        Model m = ModelFactory.createDefaultModel();
        m.add(OntologyFiles.kg());
        m.add(OntologyFiles.cameo());

        Resource doc = document(m, DOC, TEXT);
        doc.addProperty(m.createProperty(SCHEMA + "headline"), "العراق ينهي جولة من المفاوضات", "ar")
                .addLiteral(m.createProperty(SCHEMA + "url"),
                        m.createTypedLiteral("https://example.org/news/1", XSDDatatype.XSDanyURI))
                .addLiteral(m.createProperty(SCHEMA + "datePublished"),
                        m.createTypedLiteral("2024-01-27", XSDDatatype.XSDdate))
                .addProperty(KG.source, "skynews");

        Resource iraq = entity(m, "iraq", KG.Country, "العراق").addProperty(KG.wikidataId, "Q796");
        Resource baghdad = entity(m, "baghdad", KG.City, "بغداد")
                .addProperty(KG.capitalOf, iraq).addProperty(KG.locatedIn, iraq);
        Resource sudani = entity(m, "sudani", KG.Person, "محمد شياع السوداني").addProperty(KG.nationality, iraq);
        Resource coalition = entity(m, "coalition", KG.InternationalCoalition, "التحالف الدولي");

        Resource pm = m.createResource(ENTITY + "prime-minister").addProperty(RDF.type, KG.Position)
                .addProperty(RDFS.label, "رئيس الوزراء", "ar");
        Resource role = m.createResource(DATA + "role-sudani-pm").addProperty(RDF.type, KG.RoleHolding)
                .addProperty(KG.holder, sudani).addProperty(KG.position, pm).addProperty(KG.roleIn, iraq)
                .addProperty(KG.roleName, "رئيس الوزراء", "ar")
                .addLiteral(KG.startDate, m.createTypedLiteral("2022-10-27", XSDDatatype.XSDdate));
        sudani.addProperty(KG.hasRole, role);

        Resource sudaniMention = mentionOf(m, doc, "محمد شياع السوداني", sudani);
        mentionOf(m, doc, "بغداد", baghdad);
        mentionOf(m, doc, "العراق", iraq);

        String sentence1 = "وقال رئيس الوزراء 😀 محمد شياع السوداني إن \"الجولة الثالثة من المباحثات انتهت\".";
        String sentence2 = "وستُعقد الجولة الرابعة في بغداد.";
        String sentence3 = "ونفى التحالف الدولي تنفيذ هجوم بطائرة مسيّرة.";
        String quote = "الجولة الثالثة من المباحثات انتهت";
        m.createResource(DATA + "statement-1")
                .addProperty(RDF.type, KG.Statement)
                .addProperty(KG.speaker, sudani)
                .addProperty(KG.speakerMention, sudaniMention)
                .addProperty(KG.quote, quote, "ar")
                .addLiteral(KG.direct, m.createTypedLiteral(true))
                .addProperty(KG.reportingVerb, "قال")
                .addLiteral(KG.date, m.createTypedLiteral("2024-01-27", XSDDatatype.XSDdate))
                .addProperty(KG.datePrecision, m.createResource(TIME + "unitDay"))
                .addProperty(KG.channel, KG.PressConference)
                .addProperty(KG.relayedBy, coalition)
                .addProperty(KG.about, coalition)
                .addProperty(KG.about, m.createResource(DATA + "event-round-3"))
                .addProperty(KG.span, span(m, doc, TEXT, quote))
                .addProperty(KG.evidenceSpan, span(m, doc, TEXT, sentence1))
                .addProperty(KG.sourceDocument, doc)
                .addLiteral(KG.confidence, m.createTypedLiteral(new BigDecimal("0.9")))
                .addProperty(KG.extractor, "quote-rule");

        Resource track = m.createResource(DATA + "track-coalition").addProperty(RDF.type, KG.NegotiationTrack)
                .addProperty(RDFS.label, "مفاوضات إنهاء مهمة التحالف الدولي", "ar");
        event(m, doc, "event-round-3", KG.NegotiationRound, "046", KG.Occurred, "الجولة الثالثة", sentence1)
                .addProperty(KG.participant, iraq).addProperty(KG.participant, coalition)
                .addLiteral(KG.roundNumber, m.createTypedLiteral("3", XSDDatatype.XSDpositiveInteger))
                .addProperty(KG.partOfTrack, track)
                .addLiteral(KG.date, m.createTypedLiteral("2024-01", XSDDatatype.XSDgYearMonth))
                .addProperty(KG.datePrecision, m.createResource(TIME + "unitMonth"));
        event(m, doc, "event-round-4", KG.NegotiationRound, "046", KG.Planned, "الجولة الرابعة", sentence2)
                .addProperty(KG.participant, iraq).addProperty(KG.location, baghdad)
                .addLiteral(KG.roundNumber, m.createTypedLiteral("4", XSDDatatype.XSDpositiveInteger))
                .addProperty(KG.partOfTrack, track)
                .addLiteral(KG.date, m.createTypedLiteral("--02-10", XSDDatatype.XSDgMonthDay))
                .addProperty(KG.dateText, "خلال الأسبوعين المقبلين");
        event(m, doc, "event-drone", KG.DroneAttack, "1952", KG.Negated, "هجوم بطائرة مسيّرة", sentence3)
                .addProperty(KG.agent, coalition).addProperty(KG.target, baghdad)
                .addProperty(KG.claimedBy, coalition).addProperty(KG.location, baghdad)
                .addLiteral(KG.killed, nonNegative(m, 0))
                .addLiteral(KG.wounded, nonNegative(m, 2))
                .addLiteral(KG.date, m.createTypedLiteral("2024", XSDDatatype.XSDgYear))
                .addProperty(KG.datePrecision, m.createResource(TIME + "unitYear"));
        return m;
    }

    private static Resource document(Model m, String iri, String text) {
        return m.createResource(iri)
                .addProperty(RDF.type, KG.Document)
                .addProperty(KG.fileName, "000_test.txt")
                .addProperty(IS_STRING, text)
                .addProperty(KG.contentHash, sha256(text));
    }

    private static Resource entity(Model m, String local, Resource type, String label) {
        return m.createResource(ENTITY + local).addProperty(RDF.type, type).addProperty(RDFS.label, label, "ar");
    }

    /** The span {@code <doc#char=b,e>} of the first occurrence of {@code anchor}, offsets in code points. */
    private static Resource span(Model m, Resource doc, String text, String anchor) {
        int utf16 = text.indexOf(anchor);
        assertTrue(utf16 >= 0, anchor);
        int begin = text.codePointCount(0, utf16);
        int end = begin + anchor.codePointCount(0, anchor.length());
        return m.createResource(doc.getURI() + "#char=" + begin + "," + end)
                .addProperty(RDF.type, NIF_STRING)
                .addLiteral(BEGIN, nonNegative(m, begin))
                .addLiteral(END, nonNegative(m, end))
                .addProperty(ANCHOR, anchor)
                .addProperty(CONTEXT, doc);
    }

    private static Resource mentionOf(Model m, Resource doc, String anchor, Resource entity) {
        return span(m, doc, TEXT, anchor)
                .addProperty(RDF.type, KG.Mention)
                .addProperty(KG.denotes, entity)
                .addLiteral(KG.confidence, m.createTypedLiteral(new BigDecimal("0.9")))
                .addProperty(KG.extractor, "gazetteer");
    }

    /** The IRI of the mention of the first occurrence of {@code anchor} in the text. */
    private static String mentionIri(String anchor) {
        int begin = TEXT.codePointCount(0, TEXT.indexOf(anchor));
        int end = begin + anchor.codePointCount(0, anchor.length());
        return DOC + "#char=" + begin + "," + end;
    }

    private static Resource mention(Model m, String anchor) {
        return m.createResource(mentionIri(anchor));
    }

    private static Resource event(Model m, Resource doc, String local, Resource type, String code,
            Resource status, String trigger, String sentence) {
        return m.createResource(DATA + local)
                .addProperty(RDF.type, type)
                .addProperty(KG.cameo, cameo(m, code))
                .addProperty(KG.status, status)
                .addProperty(KG.trigger, trigger)
                .addProperty(KG.evidence, sentence)
                .addProperty(KG.span, span(m, doc, TEXT, trigger))
                .addProperty(KG.evidenceSpan, span(m, doc, TEXT, sentence))
                .addProperty(KG.sourceDocument, doc)
                .addLiteral(KG.confidence, m.createTypedLiteral(new BigDecimal("0.8")))
                .addProperty(KG.extractor, "event-rule");
    }

    private static Resource cameo(Model m, String code) {
        return m.createResource(OntologyFiles.CAMEO_NS + code);
    }

    private static Literal nonNegative(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Resource res(Model m, String iri) {
        return m.createResource(iri);
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Validation helpers

    private static ValidationReport validate(Model m) {
        return ShaclValidator.get().validate(shapes, m.getGraph());
    }

    private static Shape shape(String local) {
        Shape shape = shapes.getShape(node(OntologyFiles.SHAPES_NS + local));
        assertTrue(shape != null, "no shape kgsh:" + local);
        return shape;
    }

    /**
     * Breaks the valid graph with {@code breakIt} and checks that validation fails with a result for the
     * focus node {@code focusIri} whose path or message mentions {@code reason}.
     */
    private static void assertFails(String focusIri, String reason, Consumer<Model> breakIt) {
        Collection<ReportEntry> entries = violations(breakIt);
        Node focus = node(focusIri);
        assertTrue(entries.stream().anyMatch(e -> focus.equals(e.focusNode()) && describe(e).contains(reason)),
                () -> "no violation for <" + focusIri + "> about \"" + reason + "\":\n" + print(entries));
    }

    private static Collection<ReportEntry> violations(Consumer<Model> breakIt) {
        Model m = validGraph();
        breakIt.accept(m);
        ValidationReport report = validate(m);
        assertFalse(report.conforms(), "expected a violation");
        return report.getEntries();
    }

    private static String describe(ReportEntry entry) {
        return entry.resultPath() + " " + entry.message() + " " + entry.sourceConstraintComponent();
    }

    private static String print(Collection<ReportEntry> entries) {
        return entries.stream().map(e -> e.focusNode() + " " + describe(e)).collect(Collectors.joining("\n"));
    }

    private static String print(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
