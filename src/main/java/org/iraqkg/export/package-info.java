/**
 * RDF exports of the knowledge graph, written with RDF4J Rio: {@link org.iraqkg.export.RdfExporter} streams a Jena
 * {@link org.apache.jena.sparql.core.DatasetGraph} (the TDB2 store) to Turtle, TriG, N-Quads, JSON-LD or RDF/XML
 * ({@link org.iraqkg.export.RdfFormat}), converting terms with {@link org.iraqkg.export.JenaToRdf4j}. Formats with
 * named graphs keep one graph per document (plus the lexicon and ontology graphs); Turtle and RDF/XML get the union
 * of all graphs without duplicates. The package depends on Jena and RDF4J only, not on the NLP pipeline.
 */
package org.iraqkg.export;
