package org.iraqkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of standard vocabularies the graph uses directly (NIF, ITS, schema.org, PROV, OWL-Time, SKOS). */
public final class Vocab {
    private Vocab() {}

    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Resource NIF_STRING = ResourceFactory.createResource(NIF + "String");
    public static final Resource NIF_OFFSET_BASED_STRING = ResourceFactory.createResource(NIF + "OffsetBasedString");
    public static final Property NIF_BEGIN = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property NIF_END = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property NIF_ANCHOR = ResourceFactory.createProperty(NIF + "anchorOf");
    public static final Property NIF_CONTEXT = ResourceFactory.createProperty(NIF + "referenceContext");
    public static final Property NIF_IS_STRING = ResourceFactory.createProperty(NIF + "isString");

    public static final Property SCHEMA_HEADLINE = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property SCHEMA_URL = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property SCHEMA_DATE_PUBLISHED = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property SCHEMA_PUBLISHER = ResourceFactory.createProperty(SCHEMA + "publisher");
    public static final Property SCHEMA_SAME_AS = ResourceFactory.createProperty(SCHEMA + "sameAs");

    public static final Resource TIME_UNIT_DAY = ResourceFactory.createResource(TIME + "unitDay");
    public static final Resource TIME_UNIT_MONTH = ResourceFactory.createResource(TIME + "unitMonth");
    public static final Resource TIME_UNIT_YEAR = ResourceFactory.createResource(TIME + "unitYear");
}
