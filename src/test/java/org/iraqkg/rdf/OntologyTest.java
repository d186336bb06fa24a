package org.iraqkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the ontology files: syntax, labels and comments, alignments, and the CAMEO scheme. */
class OntologyTest {
    /** Namespaces of the standard vocabularies that kg: terms may specialise. */
    private static final Set<String> ALIGNMENT_NAMESPACES = Set.of(
            "http://www.w3.org/ns/prov#",
            "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "https://schema.org/",
            "http://www.w3.org/2006/time#",
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "http://www.w3.org/2005/11/its/rdf#",
            SKOS.getURI(),
            DCTerms.getURI());

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern NOTATION = Pattern.compile("\\d{2,4}");

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String SCHEMA = "https://schema.org/";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String ITS = "http://www.w3.org/2005/11/its/rdf#";

    static Stream<Path> ontologyFiles() {
        return Stream.of(OntologyFiles.kgFile(), OntologyFiles.cameoFile(), OntologyFiles.shapesFile());
    }

    // ---- Syntax

    @ParameterizedTest
    @MethodSource("ontologyFiles")
    void parsesWithJenaAndRdf4j(Path file) throws IOException {
        Model jena = OntologyFiles.load(file);
        assertFalse(jena.isEmpty(), file + " is empty");

        LinkedHashModel rdf4j = new LinkedHashModel();
        RDFParser parser = Rio.createParser(RDFFormat.TURTLE);
        parser.getParserConfig()
                .set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true)
                .set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, true)
                .set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true)
                .set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, true);
        parser.setRDFHandler(new StatementCollector(rdf4j));
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, file.toUri().toString());
        }
        assertEquals(jena.size(), rdf4j.size(), file + ": Jena and RDF4J read different numbers of triples");
    }

    @Test
    void plainRio() throws IOException {
        // The simplest entry point, as other tools use it.
        try (InputStream in = Files.newInputStream(OntologyFiles.kgFile())) {
            assertFalse(Rio.parse(in, RDFFormat.TURTLE).isEmpty());
        }
    }

    @Test
    void ontologyAndCameoHaveNoBlankNodes() {
        // Both are loaded into the store, which holds no blank nodes.
        for (Model model : List.of(OntologyFiles.kg(), OntologyFiles.cameo())) {
            model.listStatements().forEachRemaining(st -> {
                assertFalse(st.getSubject().isAnon() || st.getObject().isAnon(), "blank node in " + st);
            });
        }
    }

    // ---- The ontology

    @Test
    void ontologyHeader() {
        Model kg = OntologyFiles.kg();
        Resource ont = kg.getResource(KG.ONTOLOGY.getURI());
        assertTrue(kg.contains(ont, RDF.type, OWL2.Ontology));
        assertTrue(ont.hasProperty(OWL2.versionInfo));
        assertLangs(kg, ont, DCTerms.title);
        assertLangs(kg, ont, DCTerms.description);
        assertTrue(kg.contains(ont, DCTerms.license,
                kg.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
        Property prefix = kg.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
        Property uri = kg.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");
        assertEquals(KG.PREFIX, ont.getProperty(prefix).getString());
        assertEquals(KG.NS, ont.getProperty(uri).getString());
        assertEquals(KG.NS, kg.getNsPrefixURI(KG.PREFIX));
    }

    @Test
    void everyTermHasArabicAndEnglishLabelsAndComments() {
        Model kg = OntologyFiles.kg();
        Set<Resource> terms = declaredTerms(kg);
        assertTrue(terms.size() > 100, "too few terms: " + terms.size());
        List<String> problems = new ArrayList<>();
        for (Resource term : terms) {
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("ar", "en")) {
                    List<String> values = literals(term, p, lang);
                    String where = term.getLocalName() + " " + p.getLocalName() + "@" + lang;
                    if (values.size() != 1) {
                        problems.add(where + ": " + values.size() + " values");
                    } else if (values.get(0).isBlank()) {
                        problems.add(where + ": blank");
                    } else if (lang.equals("ar") && !ARABIC.matcher(values.get(0)).find()) {
                        problems.add(where + ": not in Arabic script");
                    } else if (lang.equals("en") && !LATIN.matcher(values.get(0)).find()) {
                        problems.add(where + ": not in Latin script");
                    } else if (lang.equals("en") && p.equals(RDFS.label) && ARABIC.matcher(values.get(0)).find()) {
                        // English comments may quote Arabic examples; English labels may not.
                        problems.add(where + ": Arabic in an English label");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void alignmentsPointToKgTermsOrAllowedVocabularies() {
        Model kg = OntologyFiles.kg();
        Set<Resource> terms = declaredTerms(kg);
        List<Property> axioms = List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL2.equivalentClass,
                OWL2.equivalentProperty, OWL2.inverseOf);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> perNamespace = new TreeMap<>();
        for (Property p : axioms) {
            kg.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                String where = st.getSubject().getLocalName() + " " + p.getLocalName() + " " + st.getObject();
                if (!st.getObject().isURIResource()) {
                    problems.add(where + ": not an IRI");
                    return;
                }
                Resource target = st.getResource();
                if (target.getURI().startsWith(KG.NS)) {
                    if (!terms.contains(target)) {
                        problems.add(where + ": undeclared kg: term");
                    }
                } else if (ALIGNMENT_NAMESPACES.contains(target.getNameSpace())) {
                    perNamespace.merge(target.getNameSpace(), 1, Integer::sum);
                } else {
                    problems.add(where + ": namespace not allowed");
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        for (String ns : List.of(PROV, SEM, SCHEMA, NIF, ITS, SKOS.getURI())) {
            assertTrue(perNamespace.containsKey(ns), "no alignment to " + ns);
        }
    }

    @Test
    void domainsAndRangesAreDeclared() {
        Model kg = OntologyFiles.kg();
        Set<Resource> terms = declaredTerms(kg);
        List<String> problems = new ArrayList<>();
        for (Property p : List.of(RDFS.domain, RDFS.range)) {
            kg.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                Resource target = st.getResource();
                String ns = target.getNameSpace();
                boolean ok = target.isURIResource()
                        && (terms.contains(target) || ALIGNMENT_NAMESPACES.contains(ns)
                                || XSD.getURI().equals(ns) || target.equals(RDF.langString)
                                || target.equals(RDFS.Literal));
                if (!ok) {
                    problems.add(st.toString());
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void intendedAlignmentsAreStated() {
        Model kg = OntologyFiles.kg();
        String[][] subClass = {
            {"Actor", SEM + "Actor"}, {"Actor", PROV + "Agent"},
            {"Person", KG.NS + "Actor"}, {"Person", SCHEMA + "Person"}, {"Person", PROV + "Person"},
            {"Organization", KG.NS + "Actor"}, {"Organization", SCHEMA + "Organization"},
            {"Organization", PROV + "Organization"},
            {"GovernmentBody", SCHEMA + "GovernmentOrganization"},
            {"MediaOutlet", SCHEMA + "NewsMediaOrganization"},
            {"Place", SEM + "Place"}, {"Place", SCHEMA + "Place"},
            {"Country", KG.NS + "Place"}, {"Country", KG.NS + "Actor"}, {"Country", SCHEMA + "Country"},
            {"City", SCHEMA + "City"}, {"Province", SCHEMA + "AdministrativeArea"},
            {"RoleHolding", SCHEMA + "OrganizationRole"}, {"Position", SKOS.getURI() + "Concept"},
            {"Statement", SEM + "Event"}, {"Statement", PROV + "Activity"},
            {"Event", SEM + "Event"}, {"Event", SCHEMA + "Event"},
            {"NegotiationTrack", SEM + "Event"},
            {"RocketAttack", KG.NS + "Attack"}, {"Attack", KG.NS + "MilitaryEvent"},
            {"Visit", KG.NS + "Meeting"}, {"JointStatement", KG.NS + "Agreement"},
            {"Postponement", KG.NS + "TalksSuspension"},
            {"Document", SCHEMA + "NewsArticle"}, {"Document", PROV + "Entity"}, {"Document", NIF + "Context"},
            {"Mention", NIF + "Phrase"},
        };
        for (String[] axiom : subClass) {
            assertTrue(kg.contains(kg.getResource(KG.NS + axiom[0]), RDFS.subClassOf, kg.getResource(axiom[1])),
                    "kg:" + axiom[0] + " rdfs:subClassOf " + axiom[1]);
        }
        String[][] subProperty = {
            {"wikidataId", SCHEMA + "identifier"}, {"nationality", SCHEMA + "nationality"},
            {"memberOf", SCHEMA + "memberOf"}, {"affiliatedWith", SCHEMA + "affiliation"},
            {"locatedIn", SCHEMA + "containedInPlace"},
            {"startDate", SCHEMA + "startDate"}, {"endDate", SCHEMA + "endDate"},
            {"speaker", SEM + "hasActor"}, {"speaker", PROV + "wasAssociatedWith"},
            {"quote", SCHEMA + "text"}, {"relayedBy", PROV + "wasInfluencedBy"}, {"about", SCHEMA + "about"},
            {"agent", SEM + "hasActor"}, {"target", SEM + "hasActor"}, {"participant", SEM + "hasActor"},
            {"claimedBy", SEM + "hasActor"}, {"location", SEM + "hasPlace"},
            {"partOfTrack", SEM + "subEventOf"}, {"date", SEM + "hasTimeStamp"},
            {"denotes", ITS + "taIdentRef"}, {"sourceDocument", PROV + "wasDerivedFrom"},
        };
        for (String[] axiom : subProperty) {
            assertTrue(kg.contains(kg.getResource(KG.NS + axiom[0]), RDFS.subPropertyOf,
                    kg.getResource(axiom[1])), "kg:" + axiom[0] + " rdfs:subPropertyOf " + axiom[1]);
        }
        assertTrue(kg.contains(KG.hasRole, OWL2.inverseOf, KG.holder));
        for (Resource channel : List.of(KG.Interview, KG.TelevisedStatement, KG.WrittenStatement,
                KG.PressConference, KG.SocialMediaPost, KG.MediaReport)) {
            assertTrue(kg.contains(channel, RDF.type, KG.CommunicationChannel), channel.toString());
            assertTrue(kg.contains(channel, RDF.type, SKOS.Concept), channel.toString());
        }
        for (Resource status : List.of(KG.Occurred, KG.Planned, KG.Negated)) {
            assertTrue(kg.contains(status, RDF.type, KG.EventStatus), status.toString());
            assertTrue(kg.contains(status, RDF.type, SKOS.Concept), status.toString());
        }
    }

    @Test
    void subclassHierarchyHasNoCycles() {
        Model kg = OntologyFiles.kg();
        for (Resource cls : kg.listSubjectsWithProperty(RDF.type, OWL2.Class).toList()) {
            Set<Resource> seen = new HashSet<>();
            List<Resource> todo = new ArrayList<>(List.of(cls));
            while (!todo.isEmpty()) {
                Resource c = todo.remove(todo.size() - 1);
                for (Statement st : c.listProperties(RDFS.subClassOf).toList()) {
                    Resource sup = st.getResource();
                    assertFalse(sup.equals(cls), "cycle through " + cls);
                    if (seen.add(sup)) {
                        todo.add(sup);
                    }
                }
            }
        }
    }

    // ---- CAMEO

    @Test
    void cameoSchemeHasTheTwentyRootCategories() {
        Model cameo = OntologyFiles.cameo();
        Resource scheme = cameo.getResource(OntologyFiles.CAMEO_SCHEME);
        assertTrue(cameo.contains(scheme, RDF.type, SKOS.ConceptScheme));
        assertLangs(cameo, scheme, DCTerms.title);
        assertLangs(cameo, scheme, RDFS.label);
        assertLangs(cameo, scheme, SKOS.prefLabel);
        assertTrue(scheme.hasProperty(DCTerms.source));

        Set<String> tops = new TreeSet<>();
        cameo.listSubjectsWithProperty(SKOS.topConceptOf, scheme)
                .forEachRemaining(c -> tops.add(c.getRequiredProperty(SKOS.notation).getString()));
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= 20; i++) {
            expected.add(String.format("%02d", i));
        }
        assertEquals(expected, tops);
        Set<String> hasTop = new TreeSet<>();
        scheme.listProperties(SKOS.hasTopConcept)
                .forEachRemaining(st -> hasTop.add(st.getResource().getRequiredProperty(SKOS.notation).getString()));
        assertEquals(expected, hasTop);
    }

    @Test
    void everyCameoConceptIsWellFormed() {
        Model cameo = OntologyFiles.cameo();
        Resource scheme = cameo.getResource(OntologyFiles.CAMEO_SCHEME);
        List<Resource> concepts = cameo.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertEquals(316, concepts.size(), "CAMEO 1.1b3 has 20 root categories and 296 event codes");
        List<String> problems = new ArrayList<>();
        Set<String> notations = new TreeSet<>();
        for (Resource c : concepts) {
            List<Statement> ns = c.listProperties(SKOS.notation).toList();
            if (ns.size() != 1) {
                problems.add(c + ": " + ns.size() + " notations");
                continue;
            }
            Literal notation = ns.get(0).getLiteral();
            String code = notation.getLexicalForm();
            if (!XSD.xstring.getURI().equals(notation.getDatatypeURI()) || !notation.getLanguage().isEmpty()) {
                problems.add(c + ": notation is not a plain xsd:string");
            }
            if (!NOTATION.matcher(code).matches()) {
                problems.add(c + ": bad notation " + code);
            }
            if (!notations.add(code)) {
                problems.add(c + ": duplicate notation " + code);
            }
            if (!c.getURI().equals(OntologyFiles.CAMEO_NS + code)) {
                problems.add(c + ": IRI does not end in its notation " + code);
            }
            if (!c.hasProperty(SKOS.inScheme, scheme)) {
                problems.add(c + ": not in the scheme");
            }
            for (String lang : List.of("ar", "en")) {
                List<String> labels = literals(c, SKOS.prefLabel, lang);
                if (labels.size() != 1 || labels.get(0).isBlank()) {
                    problems.add(c + ": needs one prefLabel@" + lang);
                } else if (lang.equals("ar") && !ARABIC.matcher(labels.get(0)).find()) {
                    problems.add(c + ": Arabic label not in Arabic script");
                }
            }
            List<Statement> broader = c.listProperties(SKOS.broader).toList();
            if (code.length() == 2) {
                if (!broader.isEmpty() || !c.hasProperty(SKOS.topConceptOf, scheme)) {
                    problems.add(c + ": a root must be a top concept without broader");
                }
                continue;
            }
            if (broader.size() != 1) {
                problems.add(c + ": " + broader.size() + " broader concepts");
                continue;
            }
            Resource parent = broader.get(0).getResource();
            if (!cameo.contains(parent, RDF.type, SKOS.Concept) || !parent.hasProperty(SKOS.notation)) {
                problems.add(c + ": broader " + parent + " does not exist");
                continue;
            }
            String parentCode = parent.getRequiredProperty(SKOS.notation).getString();
            if (!code.startsWith(parentCode) || code.length() != parentCode.length() + 1) {
                problems.add(c + ": broader notation " + parentCode + " is not the prefix of " + code);
            }
            if (c.hasProperty(SKOS.topConceptOf)) {
                problems.add(c + ": only roots are top concepts");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void cameoCodesUsedByTheExtractorsExist() {
        Model cameo = OntologyFiles.cameo();
        Map<String, String> expected = Map.of(
                "010", "Make statement, not specified below",
                "042", "Make a visit",
                "043", "Host a visit",
                "046", "Engage in negotiation",
                "057", "Sign formal agreement",
                "164", "Halt negotiations",
                "173", "Arrest, detain, or charge with legal action",
                "183", "Conduct suicide, car, or other non-military bombing, not specified below",
                "190", "Use conventional military force, not specified below",
                "194", "Fight with artillery and tanks");
        Map<String, String> more = Map.of(
                "195", "Employ aerial weapons, not specified below",
                "1951", "Employ precision-guided aerial munitions",
                "1952", "Employ remotely piloted aerial munitions",
                "0874", "Retreat or surrender militarily");
        for (Map<String, String> codes : List.of(expected, more)) {
            codes.forEach((code, name) -> {
                Resource c = cameo.getResource(OntologyFiles.CAMEO_NS + code);
                assertTrue(cameo.contains(c, RDF.type, SKOS.Concept), "missing CAMEO " + code);
                assertEquals(List.of(name), literals(c, SKOS.prefLabel, "en"), "name of CAMEO " + code);
            });
        }
        assertTrue(cameo.contains(cameo.getResource(OntologyFiles.CAMEO_NS + "1952"), SKOS.broader,
                cameo.getResource(OntologyFiles.CAMEO_NS + "195")));
    }

    // ---- Helpers

    /** The kg: classes, properties and individuals declared in {@code model}. */
    static Set<Resource> declaredTerms(Model model) {
        Set<Resource> terms = new LinkedHashSet<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual)) {
            model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(KG.NS)) {
                    terms.add(s);
                }
            });
        }
        return terms;
    }

    private static List<String> literals(Resource subject, Property p, String lang) {
        List<String> values = new ArrayList<>();
        subject.listProperties(p).forEachRemaining(st -> {
            if (st.getObject().isLiteral() && lang.equals(st.getLiteral().getLanguage())) {
                values.add(st.getString());
            }
        });
        return values;
    }

    private static void assertLangs(Model model, Resource subject, Property p) {
        for (String lang : List.of("ar", "en")) {
            if (literals(subject, p, lang).size() != 1) {
                fail(subject + " needs one " + model.shortForm(p.getURI()) + "@" + lang);
            }
        }
    }
}
