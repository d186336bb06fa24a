package org.iraqkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iraqkg.document.Hashes;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.document.PublicationDates;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityIds;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.event.Event;
import org.iraqkg.event.EventMention;
import org.iraqkg.event.NegotiationTrack;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.pipeline.Analysis;
import org.iraqkg.statement.Statement;
import org.iraqkg.statement.UnnamedSource;
import org.iraqkg.text.Span;
import org.iraqkg.time.DateValue;

/**
 * Turns one document's {@link Analysis} into the triples of its named graph, sent to a Jena
 * {@link StreamRDF}. Offsets are converted to Unicode code points here, the only place that knows the
 * vocabulary. No blank nodes: every node has a deterministic IRI. A node typed with a class of the ontology
 * is also typed with every superclass of it ({@link Superclasses}), after it and in IRI order, so that a query
 * by a general class ({@code ?x a kg:Event}) finds it. Text in Arabic is tagged {@code @ar} (quotes, evidence,
 * headlines, triggers, reporting verbs, dates as written, labels); the document text and span text
 * ({@code nif:isString}, {@code nif:anchorOf}) stay {@code xsd:string} as NIF defines them, as do file names,
 * source names, hashes and extractor names.
 */
public final class RdfMapper {
    private final Iris iris;
    private final Superclasses superclasses;

    /** A mapper that types every node also with the superclasses of its class in the project's ontology. */
    public RdfMapper(Iris iris) {
        this(iris, Superclasses.ontology());
    }

    RdfMapper(Iris iris, Superclasses superclasses) {
        this.iris = iris;
        this.superclasses = superclasses;
    }

    public Iris iris() {
        return iris;
    }

    /** The IRI of the named graph of a document. */
    public String graphOf(NewsDocument doc) {
        return iris.documentGraph(doc.id());
    }

    /** Writes the document's triples to {@code out} (the caller decides the graph). */
    public void write(Analysis a, StreamRDF out) {
        new Writer(a, out).run();
    }

    /** Per-document state. */
    private final class Writer {
        final Analysis a;
        final StreamRDF out;
        final NewsDocument doc;
        final String text;
        final Node docNode;
        final CodePoints cp;
        final Set<String> spans = new HashSet<>();
        /** The rdf:type triples written, so that a type implied twice is written once. */
        final Set<org.apache.jena.graph.Triple> types = new HashSet<>();

        Writer(Analysis a, StreamRDF out) {
            this.a = a;
            this.out = out;
            this.doc = a.document();
            this.text = doc.text();
            this.docNode = uri(iris.document(doc.id()));
            this.cp = new CodePoints(text);
        }

        void run() {
            document();
            for (Entity e : a.entities().byId().values()) {
                entity(e);
            }
            for (EntityMention m : a.entities().mentions()) {
                mention(m);
            }
            for (Statement s : a.statements()) {
                statement(s);
            }
            for (NegotiationTrack t : a.events().tracks()) {
                track(t);
            }
            for (Event e : a.events().events()) {
                event(e);
            }
        }

        void document() {
            add(docNode, RDF.type.asNode(), KG.Document);
            add(docNode, KG.fileName, lit(doc.fileName()));
            add(docNode, Vocab.NIF_IS_STRING, lit(text));
            add(docNode, KG.contentHash, lit(Hashes.sha256Hex(text)));
            if (!doc.title().isBlank()) {
                add(docNode, Vocab.SCHEMA_HEADLINE, NodeFactory.createLiteralLang(doc.title(), "ar"));
            }
            String url = doc.url().isBlank() ? null : Iris.anyUri(doc.url());
            if (url != null) {
                add(docNode, Vocab.SCHEMA_URL, typed(url, XSDDatatype.XSDanyURI));
            }
            if (!doc.source().isBlank()) {
                add(docNode, KG.source, lit(doc.source()));
            }
            String p = doc.published();
            if (!p.isBlank()) {
                if (PublicationDates.isOffsetDateTime(p) || PublicationDates.isLocalDateTime(p)) {
                    add(docNode, Vocab.SCHEMA_DATE_PUBLISHED, typed(p.strip().replace(' ', 'T'),
                            XSDDatatype.XSDdateTime));
                } else if (doc.publishedDate() != null) {
                    add(docNode, Vocab.SCHEMA_DATE_PUBLISHED, typed(doc.publishedDate().toString(),
                            XSDDatatype.XSDdate));
                }
            }
        }

        void entity(Entity e) {
            Node n = uri(iris.entity(e.id()));
            if (!e.known()) {
                // lexicon entities are described in the lexicon graph; found ones here
                add(n, RDF.type.asNode(), typeOf(e.type()));
                add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelAr(), "ar"));
                if (e.labelLatin() != null && !e.labelLatin().isBlank() && !e.labelLatin().equals(e.labelAr())) {
                    add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelLatin(), "ar-Latn"));
                }
                if (e.country() != null) {
                    add(n, KG.nationality, uri(iris.entity(e.country())));
                }
            }
            for (Entity.Role r : e.roles()) {
                Node role = uri(iris.role(e.id(), r.position(), r.roleIn()));
                add(role, RDF.type.asNode(), KG.RoleHolding);
                add(role, KG.holder, n);
                add(n, KG.hasRole, role);
                add(role, KG.position, uri(iris.position(r.position())));
                add(role, KG.roleName, NodeFactory.createLiteralLang(r.title(), "ar"));
                if (r.roleIn() != null) {
                    add(role, KG.roleIn, uri(iris.entity(r.roleIn())));
                }
            }
        }

        void mention(EntityMention m) {
            Node s = span(m.span());
            add(s, RDF.type.asNode(), KG.Mention);
            add(s, KG.denotes, uri(iris.entity(m.entityId())));
            add(s, KG.confidence, confidence(m.confidence()));
            add(s, KG.extractor, lit("mention." + m.detector() + (m.kind() == EntityMention.Kind.NAME ? ""
                    : "/" + m.kind().name().toLowerCase(java.util.Locale.ROOT))));
        }

        void statement(Statement s) {
            Node n = uri(iris.statement(doc.id(), cp.of(s.span().begin()), cp.of(s.span().end())));
            add(n, RDF.type.asNode(), KG.Statement);
            if (s.denial()) {
                add(n, RDF.type.asNode(), KG.Denial.asNode());
            }
            if (s.speakerId() != null) {
                add(n, KG.speaker, uri(iris.entity(s.speakerId())));
            } else if (s.source() != null) {
                Node source = unnamedSource(s.source());
                add(n, KG.speaker, source);
                if (s.speakerSpan() != null) {
                    Node m = span(s.speakerSpan());
                    add(m, RDF.type.asNode(), KG.Mention);
                    add(m, KG.denotes, source);
                    add(m, KG.confidence, confidence(s.confidence()));
                    add(m, KG.extractor, lit("mention.unnamed-source"));
                }
            }
            if (s.speakerSpan() != null) {
                add(n, KG.speakerMention, span(s.speakerSpan()));
            }
            add(n, KG.quote, NodeFactory.createLiteralLang(s.quote(), "ar"));
            add(n, KG.direct, typed(Boolean.toString(s.direct()), XSDDatatype.XSDboolean));
            if (s.verb() != null) {
                add(n, KG.reportingVerb, NodeFactory.createLiteralLang(s.verb(), "ar"));
            }
            date(n, s.date(), s.dateText());
            if (s.channel() != null) {
                add(n, KG.channel, channel(s.channel()));
            }
            if (s.outletId() != null) {
                add(n, KG.channelOutlet, uri(iris.entity(s.outletId())));
            }
            if (s.relayId() != null) {
                add(n, KG.relayedBy, uri(iris.entity(s.relayId())));
            }
            for (String about : s.about()) {
                add(n, KG.about, uri(iris.entity(about)));
            }
            add(n, KG.span, span(s.span()));
            add(n, KG.evidenceSpan, span(s.sentence()));
            // the sentence itself too, as for events: the full-text index finds statements by the words around them
            add(n, KG.evidence, NodeFactory.createLiteralLang(s.sentence().of(text), "ar"));
            add(n, KG.sourceDocument, docNode);
            add(n, KG.confidence, confidence(s.confidence()));
            add(n, KG.extractor, lit(s.extractor()));
        }

        /** The node of a described, unnamed source: typed, labelled with its description, tied to its affiliation. */
        Node unnamedSource(UnnamedSource u) {
            Node n = uri(iris.source(doc.id(), EntityIds.forName(u.description())));
            add(n, RDF.type.asNode(), KG.UnnamedSource);
            add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(u.description(), "ar"));
            add(n, KG.sourceRole, NodeFactory.createLiteralLang(u.head(), "ar"));
            if (u.affiliation() != null) {
                add(n, KG.affiliatedWith, uri(iris.entity(u.affiliation())));
            }
            return n;
        }

        void track(NegotiationTrack t) {
            Node n = uri(iris.track(t.key()));
            add(n, RDF.type.asNode(), KG.NegotiationTrack);
            java.util.List<String> ar = new java.util.ArrayList<>();
            java.util.List<String> en = new java.util.ArrayList<>();
            for (String p : t.parties()) {
                Entity e = a.entities().get(p);
                ar.add(e == null ? p : e.labelAr());
                en.add(e == null || e.labelLatin() == null ? p : e.labelLatin());
            }
            add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang("مفاوضات " + String.join(" و", ar), "ar"));
            add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang("Negotiations: " + String.join(" – ", en), "en"));
            for (String p : t.parties()) {
                add(n, KG.participant, uri(iris.entity(p)));
            }
        }

        void event(Event e) {
            EventMention first = e.first();
            Node n = uri(iris.event(doc.id(), cp.of(first.trigger().begin()), cp.of(first.trigger().end())));
            add(n, RDF.type.asNode(), eventClass(e.eventClass()));
            add(n, KG.cameo, uri(Iris.cameo(e.cameo())));
            add(n, KG.status, switch (e.status()) {
                case OCCURRED -> KG.Occurred.asNode();
                case PLANNED -> KG.Planned.asNode();
                case NEGATED -> KG.Negated.asNode();
            });
            add(n, KG.trigger, NodeFactory.createLiteralLang(first.triggerText(), "ar"));
            Set<Span> evidence = new HashSet<>();
            for (EventMention m : e.mentions()) {
                add(n, KG.span, span(m.trigger()));
                if (evidence.add(m.evidence())) {
                    add(n, KG.evidence, NodeFactory.createLiteralLang(m.evidenceText(), "ar"));
                    add(n, KG.evidenceSpan, span(m.evidence()));
                }
            }
            date(n, e.date(), e.dateText());
            link(n, KG.agent, e.agents());
            link(n, KG.target, e.targets());
            link(n, KG.participant, e.participants());
            link(n, KG.location, e.locations());
            link(n, KG.claimedBy, e.claimedBy());
            if (e.killed() != null) {
                add(n, KG.killed, typed(e.killed().toString(), XSDDatatype.XSDnonNegativeInteger));
            }
            if (e.wounded() != null) {
                add(n, KG.wounded, typed(e.wounded().toString(), XSDDatatype.XSDnonNegativeInteger));
            }
            if (e.round() != null && e.round() > 0) {
                add(n, KG.roundNumber, typed(e.round().toString(), XSDDatatype.XSDpositiveInteger));
            }
            if (e.track() != null) {
                add(n, KG.partOfTrack, uri(iris.track(e.track())));
            }
            add(n, KG.sourceDocument, docNode);
            add(n, KG.confidence, confidence(e.confidence()));
            add(n, KG.extractor, lit(e.extractor()));
        }

        void link(Node n, Property p, List<String> ids) {
            for (String id : ids) {
                add(n, p, uri(iris.entity(id)));
            }
        }

        void date(Node n, DateValue d, String text) {
            if (d == null) {
                return;
            }
            add(n, KG.date, dateLiteral(d));
            add(n, KG.datePrecision, switch (d.precision()) {
                case DAY, MONTH_DAY -> Vocab.TIME_UNIT_DAY.asNode();
                case MONTH, MONTH_ONLY -> Vocab.TIME_UNIT_MONTH.asNode();
                case YEAR -> Vocab.TIME_UNIT_YEAR.asNode();
            });
            if (text != null && !text.isBlank()) {
                add(n, KG.dateText, NodeFactory.createLiteralLang(text, "ar"));
            }
        }

        /** The NIF string node of a span, written once. */
        Node span(Span s) {
            int b = cp.of(s.begin());
            int e = cp.of(s.end());
            String iri = iris.span(doc.id(), b, e);
            Node n = uri(iri);
            if (spans.add(iri)) {
                add(n, RDF.type.asNode(), Vocab.NIF_OFFSET_BASED_STRING.asNode());
                add(n, RDF.type.asNode(), Vocab.NIF_STRING.asNode());
                add(n, Vocab.NIF_BEGIN, typed(Integer.toString(b), XSDDatatype.XSDnonNegativeInteger));
                add(n, Vocab.NIF_END, typed(Integer.toString(e), XSDDatatype.XSDnonNegativeInteger));
                add(n, Vocab.NIF_ANCHOR, lit(text.substring(s.begin(), s.end())));
                add(n, Vocab.NIF_CONTEXT, docNode);
            }
            return n;
        }

        void add(Node s, Node p, Node o) {
            org.apache.jena.graph.Triple t = org.apache.jena.graph.Triple.create(s, p, o);
            if (!p.equals(RDF.type.asNode())) {
                out.triple(t);
                return;
            }
            if (types.add(t)) {
                out.triple(t);
            }
            for (Node sup : superclasses.of(o)) {
                org.apache.jena.graph.Triple st = org.apache.jena.graph.Triple.create(s, p, sup);
                if (types.add(st)) {
                    out.triple(st);
                }
            }
        }

        void add(Node s, Property p, Node o) {
            add(s, p.asNode(), o);
        }

        void add(Node s, Node p, Resource o) {
            add(s, p, o.asNode());
        }

        void add(Node s, Property p, Resource o) {
            add(s, p.asNode(), o.asNode());
        }
    }

    // ---- nodes

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node typed(String lexical, RDFDatatype dt) {
        return NodeFactory.createLiteralDT(lexical, dt);
    }

    static Node confidence(double c) {
        // canonical lexical form ("0.8", "1.0"): TDB2 keeps the scale of "0.80" in its node ids but prints "0.8",
        // so a non-canonical form would not round-trip through exports
        double v = Math.max(0, Math.min(1, c));
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1);
        }
        return typed(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** The typed literal of a date at its precision. */
    public static Node dateLiteral(DateValue d) {
        return switch (d.precision()) {
            case DAY -> typed(d.iso(), XSDDatatype.XSDdate);
            case MONTH -> typed(d.iso(), XSDDatatype.XSDgYearMonth);
            case YEAR -> typed(d.iso(), XSDDatatype.XSDgYear);
            case MONTH_DAY -> typed(d.iso(), XSDDatatype.XSDgMonthDay);
            case MONTH_ONLY -> typed(d.iso(), XSDDatatype.XSDgMonth);
        };
    }

    static Node channel(String kind) {
        return switch (kind) {
            case "interview" -> KG.Interview.asNode();
            case "televised" -> KG.TelevisedStatement.asNode();
            case "written" -> KG.WrittenStatement.asNode();
            case "press" -> KG.PressConference.asNode();
            case "social" -> KG.SocialMediaPost.asNode();
            default -> KG.MediaReport.asNode();
        };
    }

    /** The ontology class of an entity type. */
    public static Node typeOf(EntityType t) {
        Resource r = switch (t) {
            case PERSON -> KG.Person;
            case ORGANIZATION -> KG.Organization;
            case GOVERNMENT_BODY -> KG.GovernmentBody;
            case ARMED_GROUP -> KG.ArmedGroup;
            case ARMED_FORCES -> KG.ArmedForces;
            case MEDIA_OUTLET -> KG.MediaOutlet;
            case INTERNATIONAL_COALITION -> KG.InternationalCoalition;
            case INTERNATIONAL_ORGANIZATION -> KG.InternationalOrganization;
            case COUNTRY -> KG.Country;
            case CITY -> KG.City;
            case PROVINCE -> KG.Province;
            case REGION -> KG.Region;
            case MILITARY_BASE -> KG.MilitaryBase;
            case PLACE -> KG.Place;
        };
        return r.asNode();
    }

    /** The ontology class of an event class name of the trigger lexicon. */
    public static Node eventClass(String name) {
        Resource r = switch (name) {
            case "Attack" -> KG.Attack;
            case "RocketAttack" -> KG.RocketAttack;
            case "DroneAttack" -> KG.DroneAttack;
            case "AirStrike" -> KG.AirStrike;
            case "Bombing" -> KG.Bombing;
            case "Arrest" -> KG.Arrest;
            case "ArmedClash" -> KG.ArmedClash;
            case "TroopWithdrawal" -> KG.TroopWithdrawal;
            case "TroopDeployment" -> KG.TroopDeployment;
            case "NegotiationRound" -> KG.NegotiationRound;
            case "Meeting" -> KG.Meeting;
            case "Visit" -> KG.Visit;
            case "Agreement" -> KG.Agreement;
            case "JointStatement" -> KG.JointStatement;
            case "TalksSuspension" -> KG.TalksSuspension;
            case "Postponement" -> KG.Postponement;
            case "Announcement" -> KG.Announcement;
            case "Demand" -> KG.Demand;
            case "Cooperation" -> KG.Cooperation;
            case "Ceasefire" -> KG.Ceasefire;
            case "Investigation" -> KG.Investigation;
            case "DiplomaticProtest" -> KG.DiplomaticProtest;
            case "Threat" -> KG.Threat;
            case "Aid" -> KG.Aid;
            case "Siege" -> KG.Siege;
            case "Execution" -> KG.Execution;
            case "Sentencing" -> KG.Sentencing;
            case "Protest" -> KG.Protest;
            case "Accusation" -> KG.Accusation;
            case "MilitaryEvent" -> KG.MilitaryEvent;
            case "PoliticalEvent" -> KG.PoliticalEvent;
            default -> KG.Event;
        };
        return r.asNode();
    }

    /** Converts UTF-16 indices of a text to code point indices. */
    static final class CodePoints {
        private final int[] map;

        CodePoints(String text) {
            if (text.length() == text.codePointCount(0, text.length())) {
                map = null;
            } else {
                map = new int[text.length() + 1];
                int cpIndex = 0;
                for (int i = 0; i < text.length(); i++) {
                    map[i] = cpIndex;
                    // only the low half of a pair continues a code point; a lone surrogate is one of its own
                    if (Character.isLowSurrogate(text.charAt(i)) && i > 0
                            && Character.isHighSurrogate(text.charAt(i - 1))) {
                        map[i] = cpIndex - 1;
                    } else {
                        cpIndex++;
                    }
                }
                map[text.length()] = cpIndex;
            }
        }

        int of(int utf16) {
            return map == null ? utf16 : map[utf16];
        }
    }
}
