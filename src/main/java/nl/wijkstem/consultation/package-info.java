/**
 * Consultations: the programme bureau asks residents questions (questionnaires, polls,
 * places on the map), residents answer once each, and the results and what the bureau
 * does with them are published at a set moment.
 */
@ApplicationModule(displayName = "Consultations")
package nl.wijkstem.consultation;

import org.springframework.modulith.ApplicationModule;
