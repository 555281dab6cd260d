/**
 * The moderators' workplace: the queue of submitted ideas and the decisions on them, each
 * explained to the author; groups of related ideas under the programme goals (the goal
 * board), the public programme overview, and the CSV export of ideas for reports.
 */
@ApplicationModule(displayName = "Moderation")
package nl.wijkstem.moderation;

import org.springframework.modulith.ApplicationModule;
