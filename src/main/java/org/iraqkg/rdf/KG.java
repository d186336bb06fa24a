package org.iraqkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants of the project's ontology, {@code ontology/kg.ttl}. The Turtle file is the source of truth;
 * {@code VocabularyTest} checks that every term here is declared there and every term declared there is here.
 */
public final class KG {
    private KG() {}

    public static final String NS = "https://w3id.org/iraqkg/ontology#";
    public static final String PREFIX = "kg";
    /** The ontology resource itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/iraqkg/ontology");

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private static Resource individual(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    // ---- Actors and places
    public static final Resource Actor = cls("Actor");
    public static final Resource Person = cls("Person");
    public static final Resource Organization = cls("Organization");
    public static final Resource GovernmentBody = cls("GovernmentBody");
    public static final Resource ArmedGroup = cls("ArmedGroup");
    public static final Resource ArmedForces = cls("ArmedForces");
    public static final Resource MediaOutlet = cls("MediaOutlet");
    public static final Resource InternationalCoalition = cls("InternationalCoalition");
    public static final Resource InternationalOrganization = cls("InternationalOrganization");
    public static final Resource Place = cls("Place");
    public static final Resource Country = cls("Country");
    public static final Resource City = cls("City");
    public static final Resource Province = cls("Province");
    public static final Resource Region = cls("Region");
    public static final Resource MilitaryBase = cls("MilitaryBase");
    public static final Resource UnnamedSource = cls("UnnamedSource");
    public static final Property sourceRole = prop("sourceRole");

    public static final Property wikidataId = prop("wikidataId");
    public static final Property nationality = prop("nationality");
    public static final Property memberOf = prop("memberOf");
    public static final Property affiliatedWith = prop("affiliatedWith");
    public static final Property locatedIn = prop("locatedIn");
    public static final Property capitalOf = prop("capitalOf");

    // ---- Time-bounded roles
    public static final Resource RoleHolding = cls("RoleHolding");
    public static final Resource Position = cls("Position");
    public static final Property hasRole = prop("hasRole");
    public static final Property holder = prop("holder");
    public static final Property position = prop("position");
    public static final Property roleIn = prop("roleIn");
    public static final Property roleName = prop("roleName");
    public static final Property startDate = prop("startDate");
    public static final Property endDate = prop("endDate");

    // ---- Statements
    public static final Resource Statement = cls("Statement");
    public static final Resource Denial = cls("Denial");
    public static final Resource CommunicationChannel = cls("CommunicationChannel");
    public static final Resource Interview = individual("Interview");
    public static final Resource TelevisedStatement = individual("TelevisedStatement");
    public static final Resource WrittenStatement = individual("WrittenStatement");
    public static final Resource PressConference = individual("PressConference");
    public static final Resource SocialMediaPost = individual("SocialMediaPost");
    public static final Resource MediaReport = individual("MediaReport");

    public static final Property speaker = prop("speaker");
    public static final Property speakerMention = prop("speakerMention");
    public static final Property quote = prop("quote");
    public static final Property direct = prop("direct");
    public static final Property reportingVerb = prop("reportingVerb");
    public static final Property channel = prop("channel");
    public static final Property channelOutlet = prop("channelOutlet");
    public static final Property relayedBy = prop("relayedBy");
    public static final Property about = prop("about");

    // ---- Events
    public static final Resource Event = cls("Event");
    public static final Resource MilitaryEvent = cls("MilitaryEvent");
    public static final Resource Attack = cls("Attack");
    public static final Resource RocketAttack = cls("RocketAttack");
    public static final Resource DroneAttack = cls("DroneAttack");
    public static final Resource AirStrike = cls("AirStrike");
    public static final Resource Bombing = cls("Bombing");
    public static final Resource Arrest = cls("Arrest");
    public static final Resource ArmedClash = cls("ArmedClash");
    public static final Resource TroopWithdrawal = cls("TroopWithdrawal");
    public static final Resource TroopDeployment = cls("TroopDeployment");
    public static final Resource PoliticalEvent = cls("PoliticalEvent");
    public static final Resource NegotiationRound = cls("NegotiationRound");
    public static final Resource NegotiationTrack = cls("NegotiationTrack");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Visit = cls("Visit");
    public static final Resource Agreement = cls("Agreement");
    public static final Resource JointStatement = cls("JointStatement");
    public static final Resource TalksSuspension = cls("TalksSuspension");
    public static final Resource Postponement = cls("Postponement");
    public static final Resource Announcement = cls("Announcement");
    public static final Resource Demand = cls("Demand");
    public static final Resource Cooperation = cls("Cooperation");
    public static final Resource Ceasefire = cls("Ceasefire");
    public static final Resource Investigation = cls("Investigation");
    public static final Resource DiplomaticProtest = cls("DiplomaticProtest");
    public static final Resource Threat = cls("Threat");
    public static final Resource Aid = cls("Aid");
    public static final Resource Siege = cls("Siege");
    public static final Resource Execution = cls("Execution");
    public static final Resource Sentencing = cls("Sentencing");
    public static final Resource Protest = cls("Protest");
    public static final Resource Accusation = cls("Accusation");
    public static final Resource EventStatus = cls("EventStatus");
    public static final Resource Occurred = individual("Occurred");
    public static final Resource Planned = individual("Planned");
    public static final Resource Negated = individual("Negated");

    public static final Property cameo = prop("cameo");
    public static final Property agent = prop("agent");
    public static final Property target = prop("target");
    public static final Property participant = prop("participant");
    public static final Property location = prop("location");
    public static final Property claimedBy = prop("claimedBy");
    public static final Property killed = prop("killed");
    public static final Property wounded = prop("wounded");
    public static final Property status = prop("status");
    public static final Property roundNumber = prop("roundNumber");
    public static final Property partOfTrack = prop("partOfTrack");
    public static final Property trigger = prop("trigger");
    public static final Property evidence = prop("evidence");

    // ---- Time
    public static final Property date = prop("date");
    public static final Property datePrecision = prop("datePrecision");
    public static final Property dateText = prop("dateText");

    // ---- Provenance
    public static final Resource Document = cls("Document");
    public static final Resource Mention = cls("Mention");
    public static final Property fileName = prop("fileName");
    public static final Property source = prop("source");
    public static final Property contentHash = prop("contentHash");
    public static final Property denotes = prop("denotes");
    public static final Property span = prop("span");
    public static final Property evidenceSpan = prop("evidenceSpan");
    public static final Property sourceDocument = prop("sourceDocument");
    public static final Property confidence = prop("confidence");
    public static final Property extractor = prop("extractor");
}
