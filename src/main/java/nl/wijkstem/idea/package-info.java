/**
 * Ideas and everything that changes them: residents draft, submit and support them
 * ({@code IdeaService}); everyone reads the public ones ({@code PublicIdeaService});
 * moderators decide on them and file them ({@code IdeaDecisionService}), revise, hide and
 * move them on ({@code IdeaModerationService}) and handle reports
 * ({@code ReportService}); an administrator chooses moderation before or after publishing
 * ({@code IdeaSettingsService}).
 * <p>
 * The decision rules live here, next to the idea's lifecycle ({@code IdeaLifecycle}):
 * every decision changes the idea, must hold the idea's invariants in the same
 * transaction, and is checked against the same version the moderator saw. The
 * {@code moderation} module is the moderators' workplace built on these services.
 * <p>
 * Reactions after commit ({@code @ApplicationModuleListener}, through the event
 * publication registry): learning from filings, indexing for search. In the transaction
 * on purpose: the search feed row ({@code IdeaIndexing.record}), the audit entry
 * ({@code audit}) and what follows an account's deletion, so that none can be missing for
 * a committed change.
 */
@ApplicationModule(displayName = "Ideas")
package nl.wijkstem.idea;

import org.springframework.modulith.ApplicationModule;
