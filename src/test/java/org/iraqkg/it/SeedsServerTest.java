package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.iraqkg.endpoint.KgServer;
import org.junit.jupiter.api.Test;

/** The endpoint over the seed store answers the contract queries and refuses updates. */
class SeedsServerTest {

    @Test
    void contractQueriesOverHttpAndNoUpdates() throws Exception {
        KgServer server = KgServer.create().store(Seeds.store()).port(0).build();
        try {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String q = Files.readString(Seeds.HOME.resolve("queries/events.rq"));
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().startsWith("event,type,cameo,date,place,evidence,file"), csv.body());
            assertTrue(csv.body().contains("RocketAttack,194,2024-08-05"), csv.body());

            String text = "PREFIX text: <http://jena.apache.org/text#> PREFIX kg: <https://w3id.org/iraqkg/ontology#> "
                    + "SELECT ?s { ?s text:query (kg:quote \"مفاوضات\") }";
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, found.statusCode());
            assertTrue(found.body().contains("/statement/001_6fad253ff53b076a.txt/"),
                    "full-text search over the endpoint: \"مفاوضات\" finds \"المفاوضات\": " + found.body());

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update refused: " + update.statusCode());
            assertTrue(Seeds.store().countQuads() > 1000, "data still there");
            assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), server.baseUrl());
        } finally {
            server.stop();
        }
    }
}
