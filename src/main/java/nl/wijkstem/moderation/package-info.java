/**
 * The moderators' workplace on top of the idea services: the queue and the item view,
 * reusable reason templates, groups of related ideas under the programme goals (the goal
 * board), the public programme overview, the CSV export of ideas, and the bureau's own
 * desk ({@code bureau}). The decision rules themselves are the {@code idea} module's.
 * <p>
 * In-transaction listeners on purpose: a group follows an idea's filing
 * ({@code GroupsFollowFiling}) and the programme overview's shared version is raised
 * ({@code ProgrammeMemory}) in the transaction of the change, so no node reads a group
 * that disagrees with its ideas.
 */
@ApplicationModule(displayName = "Moderation")
package nl.wijkstem.moderation;

import org.springframework.modulith.ApplicationModule;
