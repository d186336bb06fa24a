/**
 * The SPARQL endpoint: {@link org.iraqkg.endpoint.KgServer} runs an embedded Apache Jena Fuseki server
 * over the knowledge graph's dataset (normally a {@link org.iraqkg.store.KgStore}, whose default graph is
 * the union of its named graphs). It answers SPARQL queries at {@code /kg/sparql} and {@code /kg/query}
 * (and the dataset root {@code /kg}) in every standard result format, serves graphs read-only over the
 * Graph Store Protocol at {@code /kg/get}, and serves the Fuseki web UI at {@code /} with only the
 * read-only admin calls it needs. It listens on the loopback interface unless told otherwise, stops
 * runaway queries after a timeout, caps the rows a query may return, and accepts no change at all unless
 * an update password file is given, in which case only {@code /kg/update} and {@code /kg/data} accept
 * changes, from the users of that file, with HTTP Basic authentication. The same server publishes the
 * graph as linked data ({@code LinkedDataServlet}): every IRI under the base answers
 * with its description as HTML, Turtle, JSON-LD, N-Triples or RDF/XML, next to the ontology, the CAMEO
 * scheme, a VoID/DCAT description and a SPARQL service description. This package sees only Jena, Jetty,
 * the store and the RDF vocabulary constants; it knows nothing of the NLP pipeline.
 */
package org.iraqkg.endpoint;
