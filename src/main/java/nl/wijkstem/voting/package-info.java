/**
 * Voting rounds: administrators set them up, moderators put ideas on the ballot, verified
 * residents cast one secret ballot each, and the results are counted by fixed rules.
 */
@ApplicationModule(displayName = "Voting")
package nl.wijkstem.voting;

import org.springframework.modulith.ApplicationModule;
