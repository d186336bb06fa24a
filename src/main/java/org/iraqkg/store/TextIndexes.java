package org.iraqkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Arabic full-text index of the store (jena-text with Lucene's Arabic analyzer: normalization of
 * alef/hamza, yaa and taa marbuta forms and diacritics, light stemming of the article and affixes, so
 * "مفاوضات" finds "المفاوضات"). Indexed: labels and aliases of entities, quotes of statements, the evidence
 * sentences of events and the text of documents. Each indexed value is tied to its subject and its named
 * graph, so replacing a document's graph replaces its index entries too.
 */
public final class TextIndexes {
    public static final String KG = "https://w3id.org/iraqkg/ontology#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    /** Directory of the index inside a store directory. */
    public static final String DIRECTORY = "text-index";

    /** Indexed predicates and their fields: label (also the default field), alias, quote, evidence, text. */
    static final List<String[]> FIELDS = List.of(
            new String[] {"label", RDFS.label.getURI()},
            new String[] {"alias", SKOS.altLabel.getURI()},
            new String[] {"quote", KG + "quote"},
            new String[] {"evidence", KG + "evidence"},
            new String[] {"text", NIF + "isString"});

    private TextIndexes() {}

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", "label", "graph",
                NodeFactory.createURI(RDFS.label.getURI()));
        for (String[] f : FIELDS) {
            def.set(f[0], NodeFactory.createURI(f[1]));
        }
        def.setUidField("uid");
        def.setLangField("lang");
        return def;
    }

    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        Analyzer arabic = new ArabicAnalyzer();
        config.setAnalyzer(arabic);
        config.setQueryAnalyzer(arabic);
        config.setValueStored(false);
        return config;
    }

    /** A Lucene index in {@code storeDir/text-index}. */
    static TextIndex onDisk(Path storeDir) {
        try {
            Path dir = storeDir.resolve(DIRECTORY);
            Files.createDirectories(dir);
            return new TextIndexLucene(FSDirectory.open(dir), config());
        } catch (IOException e) {
            throw new StoreException("cannot open the text index in " + storeDir + ": " + e.getMessage(), e);
        }
    }

    static TextIndex inMemory() {
        Directory dir = new ByteBuffersDirectory();
        return new TextIndexLucene(dir, config());
    }

    /** Indexes every indexed value of the dataset (for a store created before it had a text index). */
    static long rebuild(DatasetGraph base, TextIndex index) {
        return index(base, index, List.of(Node.ANY));
    }

    /**
     * Indexes the indexed values of the named graphs {@code graphs} ({@code Node.ANY} for all) and commits
     * the index; for graphs written around the index (TDB2's bulk loader).
     */
    static long index(DatasetGraph base, TextIndex index, java.util.Collection<Node> graphs) {
        long n = 0;
        EntityDefinition def = index.getDocDef();
        boolean done = false;
        try {
            for (String[] f : FIELDS) {
                Node p = NodeFactory.createURI(f[1]);
                for (Node g : graphs) {
                var it = base.find(g, Node.ANY, p, Node.ANY);
                try {
                    while (it.hasNext()) {
                        Quad q = it.next();
                        Entity e = TextQueryFuncs.entityFromQuad(def, q);
                        if (e != null) {
                            index.addEntity(e);
                            n++;
                        }
                    }
                } finally {
                    org.apache.jena.atlas.iterator.Iter.close(it);
                }
                }
            }
            index.prepareCommit();
            index.commit();
            done = true;
        } finally {
            if (!done) {
                index.rollback();
            }
        }
        return n;
    }
}
