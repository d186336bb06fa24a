package org.iraqkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/**
 * The {@code rdfs:subClassOf} closure of the ontology ({@code ontology/*.ttl}): for every class, all the named
 * classes above it. The RDF mapping adds them as types of every typed node, so {@code ?x a kg:Event},
 * {@code ?x a kg:Actor} or {@code ?x a kg:Place} find the instances of every subclass without inference, in
 * the store and in every export. The order of the superclasses is fixed (by IRI), so the output is the same
 * for the same ontology.
 */
public final class Superclasses {
    private static Superclasses ontology;

    private final Map<Node, List<Node>> above;
    private final String digest;

    Superclasses(Graph ontologyGraph) {
        Map<Node, TreeSet<String>> direct = new HashMap<>();
        ontologyGraph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && !t.getSubject().equals(t.getObject())) {
                direct.computeIfAbsent(t.getSubject(), k -> new TreeSet<>()).add(t.getObject().getURI());
            }
        });
        Map<Node, List<Node>> closure = new HashMap<>();
        TreeMap<String, List<String>> forDigest = new TreeMap<>();
        for (Node c : direct.keySet()) {
            TreeSet<String> all = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(c));
            while (!todo.isEmpty()) {
                String s = todo.pop();
                if (!s.equals(c.getURI()) && all.add(s)) {
                    TreeSet<String> next = direct.get(org.apache.jena.graph.NodeFactory.createURI(s));
                    if (next != null) {
                        todo.addAll(next);
                    }
                }
            }
            List<Node> nodes = new ArrayList<>();
            for (String s : all) {
                nodes.add(org.apache.jena.graph.NodeFactory.createURI(s));
            }
            closure.put(c, List.copyOf(nodes));
            forDigest.put(c.getURI(), List.copyOf(all));
        }
        this.above = Map.copyOf(closure);
        this.digest = sha256(forDigest.toString());
    }

    /** The closure of the project's ontology ({@link OntologyGraph#build()}), read once. */
    public static synchronized Superclasses ontology() {
        if (ontology == null) {
            ontology = new Superclasses(OntologyGraph.build());
        }
        return ontology;
    }

    /** Every class above {@code cls} (not itself), ordered by IRI; empty for a class without superclasses. */
    public List<Node> of(Node cls) {
        return above.getOrDefault(cls, List.of());
    }

    /**
     * The classes of {@code types} that are not a superclass of another of them (in the order given): the most
     * specific types of a node typed with all its superclasses.
     */
    public List<Node> mostSpecific(java.util.Collection<Node> types) {
        java.util.Set<Node> implied = new java.util.HashSet<>();
        for (Node t : types) {
            implied.addAll(of(t));
        }
        List<Node> out = new ArrayList<>();
        for (Node t : types) {
            if (!implied.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A digest of the closure: changes when the class hierarchy does. */
    public String digest() {
        return digest;
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
