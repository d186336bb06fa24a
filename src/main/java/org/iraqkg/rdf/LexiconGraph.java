package org.iraqkg.rdf;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iraqkg.lexicon.ActorEntry;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.RoleEntry;
import org.iraqkg.lexicon.TitleEntry;

/**
 * The lexicon graph: every known actor and place with its Arabic and English labels, aliases, type,
 * verified Wikidata link, nationality, capital and containment; positions; and time-bounded roles. Every
 * typed node is also typed with the superclasses of its class ({@link Superclasses}).
 */
public final class LexiconGraph {
    private LexiconGraph() {}

    public static Graph build(Lexicon lexicon, Iris iris) {
        Graph g = GraphFactory.createDefaultGraph();
        for (ActorEntry e : lexicon.actors().values()) {
            Node n = uri(iris.entity(e.key()));
            add(g, n, RDF.type.asNode(), RdfMapper.typeOf(e.type()));
            add(g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelAr(), "ar"));
            add(g, n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.labelAr(), "ar"));
            if (!e.labelEn().isEmpty()) {
                add(g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelEn(), "en"));
                add(g, n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.labelEn(), "en"));
            }
            for (String alias : e.aliases()) {
                add(g, n, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, isLatin(alias) ? "en" : "ar"));
            }
            if (!e.wikidata().isEmpty()) {
                add(g, n, KG.wikidataId.asNode(), NodeFactory.createLiteralString(e.wikidata()));
                add(g, n, OWL.sameAs.asNode(), uri(Vocab.WD + e.wikidata()));
                add(g, n, Vocab.SCHEMA_SAME_AS.asNode(), uri(Vocab.WD + e.wikidata()));
            }
            if (!e.country().isEmpty() && !e.country().equals(e.key())) {
                add(g, n, (e.type().isPlace() ? KG.locatedIn : KG.nationality).asNode(), uri(iris.entity(e.country())));
            }
            if (!e.capitalOf().isEmpty()) {
                add(g, n, KG.capitalOf.asNode(), uri(iris.entity(e.capitalOf())));
            }
            if (!e.prop("locatedIn").isEmpty()) {
                add(g, n, KG.locatedIn.asNode(), uri(iris.entity(e.prop("locatedIn"))));
            }
            if (!e.prop("memberOf").isEmpty()) {
                add(g, n, KG.memberOf.asNode(), uri(iris.entity(e.prop("memberOf"))));
            }
        }
        Set<String> positions = new HashSet<>();
        for (TitleEntry t : lexicon.titles()) {
            if (!t.position().isEmpty() && positions.add(t.position())) {
                Node p = uri(iris.position(t.position()));
                add(g, p, RDF.type.asNode(), KG.Position.asNode());
                add(g, p, RDF.type.asNode(), SKOS.Concept.asNode());
                add(g, p, RDFS.label.asNode(), NodeFactory.createLiteralLang(t.labelEn(), "en"));
                add(g, p, RDFS.label.asNode(), NodeFactory.createLiteralLang(t.phrase(), "ar"));
            }
        }
        for (RoleEntry r : lexicon.roles()) {
            Node role = uri(iris.role(r.holder(), r.position(), r.roleIn()) + (r.start().isEmpty() ? "" : "/" + r.start()));
            Node holder = uri(iris.entity(r.holder()));
            add(g, role, RDF.type.asNode(), KG.RoleHolding.asNode());
            add(g, role, KG.holder.asNode(), holder);
            add(g, holder, KG.hasRole.asNode(), role);
            Node p = uri(iris.position(r.position()));
            add(g, role, KG.position.asNode(), p);
            if (positions.add(r.position())) {
                add(g, p, RDF.type.asNode(), KG.Position.asNode());
                add(g, p, RDF.type.asNode(), SKOS.Concept.asNode());
                add(g, p, RDFS.label.asNode(), NodeFactory.createLiteralLang(r.position().replace('_', ' '), "en"));
            }
            if (!r.roleIn().isEmpty()) {
                add(g, role, KG.roleIn.asNode(), uri(iris.entity(r.roleIn())));
            }
            if (!r.labelAr().isEmpty()) {
                add(g, role, KG.roleName.asNode(), NodeFactory.createLiteralLang(r.labelAr(), "ar"));
            }
            if (!r.labelEn().isEmpty()) {
                add(g, role, KG.roleName.asNode(), NodeFactory.createLiteralLang(r.labelEn(), "en"));
            }
            if (!r.start().isEmpty()) {
                add(g, role, KG.startDate.asNode(), partialDate(r.start()));
            }
            if (!r.end().isEmpty()) {
                add(g, role, KG.endDate.asNode(), partialDate(r.end()));
            }
        }
        return g;
    }

    private static Node partialDate(String d) {
        return switch (d.length()) {
            case 4 -> NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYear);
            case 7 -> NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYearMonth);
            default -> NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
        };
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                return false;
            }
        }
        return true;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
        if (p.equals(RDF.type.asNode())) {
            for (Node sup : Superclasses.ontology().of(o)) {
                g.add(Triple.create(s, p, sup));
            }
        }
    }
}
