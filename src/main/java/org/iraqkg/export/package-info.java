/**
 * Exports of the knowledge graph.
 *
 * <p>RDF, written with RDF4J Rio: {@link org.iraqkg.export.RdfExporter} streams a Jena {@link
 * org.apache.jena.sparql.core.DatasetGraph} (the TDB2 store) to Turtle, TriG, N-Quads, JSON-LD or RDF/XML ({@link
 * org.iraqkg.export.RdfFormat}), converting terms with {@link org.iraqkg.export.JenaToRdf4j}. Formats with named graphs
 * keep one graph per document (plus the lexicon and ontology graphs); Turtle and RDF/XML get the union of all graphs
 * without duplicates.
 *
 * <p>Property graphs for visualization tools: {@link org.iraqkg.export.GraphExporter} reads the store's {@link
 * org.iraqkg.export.PropertyGraph} (actors, places, statements, events and negotiation tracks as nodes, their relations
 * as edges, with date intervals) with SPARQL and writes it as GraphML, GEXF or Cytoscape.js JSON ({@link
 * org.iraqkg.export.GraphFormat}). {@link org.iraqkg.export.ExportFormat} names all eight formats.
 *
 * <p>The package depends on Jena, RDF4J, Jackson and the vocabulary constants of {@code org.iraqkg.rdf} only, not on
 * the NLP pipeline.
 */
package org.iraqkg.export;
