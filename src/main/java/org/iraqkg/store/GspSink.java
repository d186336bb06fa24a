package org.iraqkg.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Writes each named graph to a SPARQL 1.1 Graph Store Protocol endpoint with HTTP PUT (which replaces the
 * graph), so the knowledge graph can live in another triple store. Credentials, when needed, are registered
 * for the endpoint's URL.
 */
public final class GspSink implements GraphSink {
    private final String endpoint;

    public GspSink(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        if (user != null && password != null) {
            AuthEnv.get().registerUsernamePassword(java.net.URI.create(endpoint), user, password);
        }
    }

    @Override
    public Map<String, String> fingerprints() {
        return Map.of();
    }

    @Override
    public void write(List<NamedGraph> graphs) {
        for (NamedGraph ng : graphs) {
            try {
                GSP.service(endpoint).graphName(ng.iri()).PUT(ng.graph());
            } catch (RuntimeException e) {
                throw new StoreException("cannot write graph " + ng.iri() + " to " + endpoint + ": "
                        + e.getMessage(), e);
            }
        }
    }

    @Override
    public long countQuads() {
        return -1;
    }

    @Override
    public void close() {
        // nothing held
    }
}
