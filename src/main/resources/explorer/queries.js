// The SPARQL queries of the explorer page, sent to the endpoint with their parameters ($name) bound by
// explorer.js. Each is also src/test/resources/explorer-queries/NAME.rq: a test runs them on the seed
// documents and checks that this file holds exactly those texts, so change both together.
'use strict';
window.KG_QUERIES = Object.freeze({
  'search': String.raw`# Actors and places whose name or alias contains q (case-insensitive), or whose name normalized like the
# page's qn contains it (no diacritics or tatweel; أ إ آ ٱ → ا, ى → ي, ة → ه); most used first.
PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity (SAMPLE(?ar) AS ?labelAr) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?classAr0) AS ?classAr)
       (SAMPLE(?kind0) AS ?kind) (COUNT(DISTINCT ?use) AS ?uses)
WHERE {
  {
    SELECT DISTINCT ?entity ?class WHERE {
      VALUES ?top { kg:Actor kg:Place }
      ?class rdfs:subClassOf* ?top .
      ?entity a ?class ; rdfs:label|skos:prefLabel|skos:altLabel ?name .
      FILTER NOT EXISTS { ?entity a ?sub . ?sub rdfs:subClassOf+ ?class FILTER(?sub != ?class) }
      BIND(LCASE(STR(?name)) AS ?lower)
      FILTER(CONTAINS(?lower, LCASE($q))
        || CONTAINS(REPLACE(REPLACE(REPLACE(REPLACE(?lower, "[\u064B-\u0652\u0670\u0640]", ""),
                    "[\u0623\u0625\u0622\u0671]", "\u0627"), "\u0649", "\u064A"), "\u0629", "\u0647"), $qn))
    }
  }
  OPTIONAL { ?entity rdfs:label ?ar FILTER(LANG(?ar) = "ar") }
  OPTIONAL { ?entity rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?class rdfs:label ?classAr0 FILTER(LANG(?classAr0) = "ar") }
  OPTIONAL { ?use kg:speaker|kg:about|kg:agent|kg:target|kg:participant|kg:claimedBy|kg:location ?entity }
  BIND(IF(EXISTS { ?entity a/rdfs:subClassOf* kg:Actor }, "actor", "place") AS ?kind0)
}
GROUP BY ?entity
ORDER BY DESC(?uses) ?labelAr ?entity
LIMIT 40`,
  'event-types': String.raw`# The event classes present in the graph, with their labels and how many events each has.
PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?type (SAMPLE(?ar) AS ?labelAr) (SAMPLE(?en) AS ?labelEn) (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  ?event a ?type .
  ?type rdfs:subClassOf* kg:Event .
  FILTER NOT EXISTS { ?event a ?sub . ?sub rdfs:subClassOf+ ?type FILTER(?sub != ?type) }
  OPTIONAL { ?type rdfs:label ?ar FILTER(LANG(?ar) = "ar") }
  OPTIONAL { ?type rdfs:label ?en FILTER(LANG(?en) = "en") }
}
GROUP BY ?type
ORDER BY DESC(?events) ?type`,
  'network': String.raw`# The network of the actor: the statements it made or that are about it, the events in which it is agent,
# target, participant, claimant or place, and every actor or place of those (one row per item and node).
PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?item ?kind ?type ?typeAr ?typeEn ?date ?cameo ?text ?role ?node ?nodeKind ?nodeAr ?nodeEn
WHERE {
  {
    { ?item kg:speaker $actor } UNION { ?item kg:about $actor }
    ?item a kg:Statement .
    BIND("statement" AS ?kind)
    BIND(kg:Statement AS ?type)
    OPTIONAL { ?item kg:quote ?text }
    VALUES ?role { kg:speaker kg:about kg:relayedBy kg:channelOutlet }
  } UNION {
    ?item kg:agent|kg:target|kg:participant|kg:claimedBy|kg:location $actor .
    ?item a ?type .
    ?type rdfs:subClassOf* kg:Event .
    FILTER NOT EXISTS { ?item a ?sub . ?sub rdfs:subClassOf+ ?type FILTER(?sub != ?type) }
    BIND("event" AS ?kind)
    OPTIONAL { ?item kg:trigger ?text }
    OPTIONAL { ?item kg:cameo/skos:notation ?cameo }
    VALUES ?role { kg:agent kg:target kg:participant kg:claimedBy kg:location }
  }
  ?item ?role ?node .
  OPTIONAL { ?item kg:date ?date }
  OPTIONAL { ?type rdfs:label ?typeAr FILTER(LANG(?typeAr) = "ar") }
  OPTIONAL { ?type rdfs:label ?typeEn FILTER(LANG(?typeEn) = "en") }
  OPTIONAL { ?node rdfs:label ?nodeAr FILTER(LANG(?nodeAr) = "ar") }
  OPTIONAL { ?node rdfs:label ?nodeEn FILTER(LANG(?nodeEn) = "en") }
  BIND(IF(EXISTS { ?node a/rdfs:subClassOf* kg:Actor }, "actor", "place") AS ?nodeKind)
}
ORDER BY ?kind ?item ?role ?node`,
  'entity': String.raw`# An actor or place entity: its names, aliases, class and Wikidata id.
PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT (SAMPLE(?ar) AS ?labelAr) (SAMPLE(?en) AS ?labelEn)
       (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR = "، ") AS ?aliases)
       (SAMPLE(?classAr0) AS ?classAr) (SAMPLE(?classEn0) AS ?classEn) (SAMPLE(?wd) AS ?wikidata)
       (SAMPLE(?kind0) AS ?kind)
WHERE {
  $entity a ?class .
  FILTER NOT EXISTS { $entity a ?sub . ?sub rdfs:subClassOf+ ?class FILTER(?sub != ?class) }
  OPTIONAL { $entity rdfs:label ?ar FILTER(LANG(?ar) = "ar") }
  OPTIONAL { $entity rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { $entity skos:altLabel ?alias }
  OPTIONAL { ?class rdfs:label ?classAr0 FILTER(LANG(?classAr0) = "ar") }
  OPTIONAL { ?class rdfs:label ?classEn0 FILTER(LANG(?classEn0) = "en") }
  OPTIONAL { $entity kg:wikidataId ?wd }
  BIND(IF(EXISTS { $entity a/rdfs:subClassOf* kg:Actor }, "actor", "place") AS ?kind0)
}`,
  'item': String.raw`# A statement or event item: its class, quote or evidence, date, CAMEO code, status, casualties and document.
PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?typeAr ?typeEn ?quote ?direct ?evidence ?date ?dateText ?cameo ?cameoAr ?cameoEn ?statusAr
       ?killed ?wounded ?doc
WHERE {
  $item a ?type .
  FILTER(?type = kg:Statement || EXISTS { ?type rdfs:subClassOf* kg:Event })
  FILTER NOT EXISTS { $item a ?sub . ?sub rdfs:subClassOf+ ?type FILTER(?sub != ?type) }
  OPTIONAL { ?type rdfs:label ?typeAr FILTER(LANG(?typeAr) = "ar") }
  OPTIONAL { ?type rdfs:label ?typeEn FILTER(LANG(?typeEn) = "en") }
  OPTIONAL { $item kg:quote ?quote }
  OPTIONAL { $item kg:direct ?direct }
  OPTIONAL { $item kg:evidence ?evidence }
  OPTIONAL { $item kg:date ?date }
  OPTIONAL { $item kg:dateText ?dateText }
  OPTIONAL {
    $item kg:cameo ?code .
    ?code skos:notation ?cameo .
    OPTIONAL { ?code skos:prefLabel ?cameoAr FILTER(LANG(?cameoAr) = "ar") }
    OPTIONAL { ?code skos:prefLabel ?cameoEn FILTER(LANG(?cameoEn) = "en") }
  }
  OPTIONAL { $item kg:status ?status . ?status rdfs:label ?statusAr FILTER(LANG(?statusAr) = "ar") }
  OPTIONAL { $item kg:killed ?killed }
  OPTIONAL { $item kg:wounded ?wounded }
  OPTIONAL { $item kg:sourceDocument ?doc }
}`,
  'spans': String.raw`# The spans of item in its document ("span": the words, "evidence": the sentence), in code points.
PREFIX kg:  <https://w3id.org/iraqkg/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?which ?begin ?end
WHERE {
  { $item kg:span ?span . BIND("span" AS ?which) }
  UNION
  { $item kg:evidenceSpan ?span . BIND("evidence" AS ?which) }
  ?span nif:beginIndex ?begin ; nif:endIndex ?end .
}
ORDER BY ?begin ?end ?which`,
  'document': String.raw`# The document of item: its text (nif:isString), headline, URL, file name and publication date.
PREFIX kg:     <https://w3id.org/iraqkg/ontology#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <https://schema.org/>
SELECT ?doc ?text ?headline ?url ?fileName ?published
WHERE {
  $item kg:sourceDocument ?doc .
  ?doc nif:isString ?text .
  OPTIONAL { ?doc schema:headline ?headline }
  OPTIONAL { ?doc schema:url ?url }
  OPTIONAL { ?doc kg:fileName ?fileName }
  OPTIONAL { ?doc schema:datePublished ?published }
}
LIMIT 1`
});
