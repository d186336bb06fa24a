/**
 * The SPARQL endpoint: {@link org.iraqkg.endpoint.KgServer} runs an embedded Apache Jena Fuseki server
 * over the knowledge graph's dataset (normally a {@link org.iraqkg.store.KgStore}, whose default graph is
 * the union of its named graphs). It answers SPARQL queries at {@code /kg/sparql} and {@code /kg/query}
 * (and the dataset root {@code /kg}) in every standard result format, serves graphs read-only over the
 * Graph Store Protocol at {@code /kg/get}, and serves the Fuseki web UI at {@code /} with only the
 * read-only admin calls it needs. It listens on the loopback interface unless told otherwise, stops
 * runaway queries after a timeout, caps the rows a query may return, and accepts no change at all unless
 * an update password file is given, in which case only {@code /kg/update} and {@code /kg/data} accept
 * changes, from the users of that file, with HTTP Basic authentication. This package sees only Jena,
 * Jetty and the store; it knows nothing of the NLP pipeline.
 */
package org.iraqkg.endpoint;
