/**
 * The moderators' workplace: the queue of submitted ideas and the decisions on them, each
 * explained to the author.
 */
@ApplicationModule(displayName = "Moderation")
package nl.wijkstem.moderation;

import org.springframework.modulith.ApplicationModule;
