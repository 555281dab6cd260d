/**
 * Consultations: the programme bureau asks residents questions (questionnaires, polls,
 * places on the map), residents answer once each, and the results and what the bureau
 * does with them are published at a set moment.
 * <p>
 * Anonymity is kept by the schema and a job: an anonymous response has no account, and
 * after its hour it is rewritten with the hour's other responses
 * ({@link nl.wijkstem.consultation.AnonymousResponseMixing}). It publishes
 * {@link nl.wijkstem.consultation.ConsultationResultsPublished} and
 * {@link nl.wijkstem.consultation.ConsultationOutcomePublished} for the notices, and
 * listens to nothing: account deletion reaches its rows through the foreign keys.
 */
@ApplicationModule(displayName = "Consultations")
package nl.wijkstem.consultation;

import org.springframework.modulith.ApplicationModule;
