/**
 * The moderators' workplace: the queue of submitted ideas and the decisions on them, each
 * explained to the author (with reusable reason templates), and the audit trail of every
 * moderation action for administrators ({@code audit}).
 */
@ApplicationModule(displayName = "Moderation")
package nl.wijkstem.moderation;

import org.springframework.modulith.ApplicationModule;
