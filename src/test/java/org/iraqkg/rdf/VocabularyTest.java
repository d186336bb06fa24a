package org.iraqkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that the constants of {@link KG} and the terms declared in {@code ontology/kg.ttl} agree. */
class VocabularyTest {
    private static Model ontology;
    /** The Resource and Property constants of KG (other than KG.ONTOLOGY), by field name. */
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = OntologyFiles.kg();
        constants = new TreeMap<>();
        for (Field field : KG.class.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod)
                    || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            assertTrue(Modifier.isFinal(mod), "KG." + field.getName() + " must be final");
            Resource value = (Resource) field.get(null);
            if (value.equals(KG.ONTOLOGY)) {
                continue;
            }
            constants.put(field.getName(), value);
        }
    }

    @Test
    void foundTheConstants() {
        assertTrue(constants.size() > 100, "only " + constants.size() + " constants found in KG");
        assertTrue(constants.containsKey("Actor") && constants.containsKey("sourceDocument"));
    }

    @Test
    void ontologyConstantIsTheOntology() {
        assertTrue(ontology.contains(KG.ONTOLOGY, RDF.type, OWL2.Ontology));
        assertEquals(KG.NS, ontology.getNsPrefixURI(KG.PREFIX));
    }

    @Test
    void constantsAreNamedAfterTheirTerms() {
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            if (!term.getURI().equals(KG.NS + name)) {
                problems.add("KG." + name + " is " + term.getURI());
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyConstantIsDeclaredWithTheRightKind() {
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            boolean isClass = ontology.contains(term, RDF.type, OWL2.Class);
            boolean isObjectProperty = ontology.contains(term, RDF.type, OWL2.ObjectProperty);
            boolean isDatatypeProperty = ontology.contains(term, RDF.type, OWL2.DatatypeProperty);
            boolean isIndividual = ontology.contains(term, RDF.type, OWL2.NamedIndividual);
            int kinds = (isClass ? 1 : 0) + (isObjectProperty ? 1 : 0) + (isDatatypeProperty ? 1 : 0)
                    + (isIndividual ? 1 : 0);
            if (kinds == 0) {
                problems.add("KG." + name + " is not declared in kg.ttl");
            } else if (kinds > 1) {
                problems.add("KG." + name + " is declared as more than one kind of term");
            } else if (term instanceof Property) {
                if (!isObjectProperty && !isDatatypeProperty) {
                    problems.add("KG." + name + " is a Property constant but not a property in kg.ttl");
                }
            } else if (!isClass && !isIndividual) {
                problems.add("KG." + name + " is a Resource constant but a property in kg.ttl");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> missing = new TreeSet<>();
        for (Resource term : OntologyTest.declaredTerms(ontology)) {
            if (!constants.containsValue(term)) {
                missing.add(term.getURI());
            }
        }
        assertTrue(missing.isEmpty(), "declared in kg.ttl but not in KG: " + missing);
    }

    @Test
    void noOtherKgTermsAreUsed() {
        // A kg: IRI that appears in kg.ttl without being declared is a typo or a missing declaration.
        Set<String> undeclared = new TreeSet<>();
        Set<Resource> declared = OntologyTest.declaredTerms(ontology);
        ontology.listStatements().forEachRemaining(st -> {
            for (var node : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (node.isURIResource() && node.asResource().getURI().startsWith(KG.NS)
                        && !declared.contains(node.asResource())) {
                    undeclared.add(node.asResource().getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used but not declared: " + undeclared);
    }

    @Test
    void individualsAreInstancesOfKgClasses() {
        constants.forEach((name, term) -> {
            if (ontology.contains(term, RDF.type, OWL2.NamedIndividual)) {
                boolean typed = ontology.listObjectsOfProperty(term, RDF.type).toList().stream()
                        .anyMatch(t -> t.isURIResource() && ontology.contains(t.asResource(), RDF.type, OWL2.Class)
                                && t.asResource().getURI().startsWith(KG.NS));
                assertTrue(typed, "KG." + name + " is not an instance of a kg: class");
            }
        });
        assertFalse(constants.isEmpty());
    }
}
