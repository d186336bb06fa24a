package org.iraqkg.endpoint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.iraqkg.rdf.KG;
import org.iraqkg.rdf.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RDF a linked-data IRI answers with: the resource's concise bounded description, read from the union
 * of the named graphs (call inside a read transaction):
 * <ul>
 * <li>its outgoing triples, following blank nodes;</li>
 * <li>the description of the text spans it points to ({@code kg:span}, {@code kg:evidenceSpan},
 * {@code kg:speakerMention}: offsets and text) and of its roles ({@code kg:hasRole}: position, organisation,
 * start and end), and for a document the description of every span of it (its {@code #char=b,e} IRIs,
 * which are only dereferenceable through the document);</li>
 * <li>the labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:notation},
 * {@code schema:headline}) of every other IRI in the description but the properties (classes, CAMEO codes,
 * actors, documents);</li>
 * <li>the incoming links that make an actor, place, position, role or track what it is
 * ({@code kg:speaker}, {@code kg:agent}, {@code kg:target}, {@code kg:participant}, {@code kg:claimedBy},
 * {@code kg:location}, {@code kg:about}, {@code kg:channelOutlet}, {@code kg:relayedBy}, {@code kg:denotes},
 * {@code kg:holder}, {@code kg:position}, {@code kg:roleIn}, {@code kg:memberOf}, {@code kg:affiliatedWith},
 * {@code kg:partOfTrack}), at most {@value #INCOMING_LIMIT} per property (SPARQL has the rest);</li>
 * <li>for a resource with no outgoing triples, up to {@value #INCOMING_LIMIT} incoming triples of any
 * property.</li>
 * </ul>
 */
final class Describer {
    private static final Logger LOG = LoggerFactory.getLogger(Describer.class);

    static final int INCOMING_LIMIT = 500;

    static final List<Node> INCOMING = List.of(KG.speaker.asNode(), KG.agent.asNode(), KG.target.asNode(),
            KG.participant.asNode(), KG.claimedBy.asNode(), KG.location.asNode(), KG.about.asNode(),
            KG.channelOutlet.asNode(), KG.relayedBy.asNode(), KG.denotes.asNode(), KG.holder.asNode(),
            KG.position.asNode(), KG.roleIn.asNode(), KG.memberOf.asNode(), KG.affiliatedWith.asNode(),
            KG.partOfTrack.asNode());
    /** Links to resources described together with the resource. */
    static final List<Node> EMBEDDED = List.of(KG.span.asNode(), KG.evidenceSpan.asNode(),
            KG.speakerMention.asNode(), KG.hasRole.asNode());
    static final List<Node> OBJECT_LABELS = List.of(Terms.RDFS_LABEL, Terms.SKOS_PREF_LABEL, Terms.SKOS_NOTATION,
            Terms.SCHEMA_HEADLINE);

    private Describer() {}

    /** The description of {@code r} in {@code union}, or null when {@code union} says nothing about it. */
    static Graph describe(Graph union, Node r) {
        Graph g = Namespaces.newGraph();
        cbd(union, r, g);
        boolean hasOutgoing = !g.isEmpty();

        for (Node p : EMBEDDED) {
            for (Node o : objects(g, r, p)) {
                cbd(union, o, g);
            }
        }
        if (r.isURI() && !r.getURI().contains("#")) {
            String hashPrefix = r.getURI() + "#";
            ExtendedIterator<Triple> it = union.find(Node.ANY, Vocab.NIF_CONTEXT.asNode(), r);
            try {
                while (it.hasNext()) {
                    Node span = it.next().getSubject();
                    if (span.isURI() && span.getURI().startsWith(hashPrefix)) {
                        cbd(union, span, g);
                    }
                }
            } finally {
                it.close();
            }
        }

        if (hasOutgoing) {
            for (Node p : INCOMING) {
                copy(union.find(Node.ANY, p, r), g, INCOMING_LIMIT);
            }
        } else {
            copy(union.find(Node.ANY, Node.ANY, r), g, INCOMING_LIMIT);
        }
        if (g.isEmpty()) {
            return null;
        }

        Set<Node> linked = new HashSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                linked.add(t.getObject());
            }
            if (t.getSubject().isURI() && !t.getSubject().equals(r)) {
                linked.add(t.getSubject());
            }
        });
        for (Node n : linked) {
            for (Node p : OBJECT_LABELS) {
                copy(union.find(n, p, Node.ANY), g, Integer.MAX_VALUE);
            }
        }
        LOG.debug("description of {}: {} triples", r, g.size());
        return g;
    }

    /** Adds the outgoing triples of {@code r} to {@code into}, following blank nodes. */
    static void cbd(Graph from, Node r, Graph into) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(r);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) {
                continue;
            }
            ExtendedIterator<Triple> it = from.find(s, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    into.add(t);
                    if (t.getObject().isBlank()) {
                        todo.add(t.getObject());
                    }
                }
            } finally {
                it.close();
            }
        }
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                out.add(it.next().getObject());
            }
        } finally {
            it.close();
        }
        return out;
    }

    private static void copy(ExtendedIterator<Triple> it, Graph into, int limit) {
        try {
            int n = 0;
            while (it.hasNext() && n < limit) {
                into.add(it.next());
                n++;
            }
        } finally {
            it.close();
        }
    }
}
