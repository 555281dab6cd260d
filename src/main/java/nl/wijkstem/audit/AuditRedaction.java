package nl.wijkstem.audit;

import jakarta.persistence.EntityManager;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one exception to the append-only trail: when a moderator takes personal data out of
 * an idea, earlier entries about that idea that quote an earlier title (the before and
 * after of text changes) say that the text was removed instead. Nothing else of any entry
 * changes, no entry is deleted, and the removal itself is appended as an entry of its own
 * ({@code idea.redact}: who, when, which idea, which parts).
 * <p>
 * {@link AuditEntry} stays immutable and {@link AuditEntryRepository} append-only: this
 * narrow statement is the only place that writes to existing rows.
 */
@Component
public class AuditRedaction {

	private final EntityManager entityManager;

	AuditRedaction(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Replaces the earlier titles of an idea in the trail, in the transaction of the
	 * redaction.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.MANDATORY)
	public void removeTitles(Long ideaId, Set<String> titles, String removed) {
		if (titles.isEmpty()) {
			return;
		}
		entityManager.createNativeQuery("""
				update audit_entry
				set state_before = case when state_before in (:titles) then :removed else state_before end,
				    state_after = case when state_after in (:titles) then :removed else state_after end
				where subject_type = 'idea' and subject_id = :idea
				  and (state_before in (:titles) or state_after in (:titles))""")
			.setParameter("titles", titles)
			.setParameter("removed", removed)
			.setParameter("idea", ideaId)
			.executeUpdate();
	}

}
