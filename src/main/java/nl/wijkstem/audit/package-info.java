/**
 * The audit trail: every action of moderators, administrators and the system on
 * residents' content, accounts and voting rounds, kept append-only and shown to
 * administrators in Dutch and English.
 * <p>
 * Modules publish {@link nl.wijkstem.audit.ModerationActionTaken} with codes from their
 * own {@link nl.wijkstem.audit.ModerationAction} enums. The trail records it in the
 * transaction of the action, on purpose: an entry exists exactly when the action
 * committed. It depends on no feature module but {@code account} (the actors' names).
 */
@ApplicationModule(displayName = "Audit trail")
package nl.wijkstem.audit;

import org.springframework.modulith.ApplicationModule;
