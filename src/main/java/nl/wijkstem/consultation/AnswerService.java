package nl.wijkstem.consultation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Residents answer a consultation: a draft kept while they work, then one answer per
 * resident, enforced by the database. Moderators type in answers collected on paper.
 */
@Service
public class AnswerService {

	/**
	 * Keeps the signed-in person's answers in progress, so they can leave and come back.
	 * Nothing is checked but the size; nothing counts until {@link #submit}.
	 * @throws Rejection when the consultation is not open or the reader may not answer
	 */
	@PreAuthorize("isAuthenticated()")
	public void saveDraft(Long consultationId, List<AnswerInput> answers) {
		// TODO(answering helper)
		throw new UnsupportedOperationException("not built yet");
	}

	/**
	 * Stores the signed-in person's answer and removes their draft. In a named
	 * consultation a second submit replaces the first while it is open; in an anonymous
	 * one it is refused.
	 * @throws Rejection naming the question (field) of every problem: closed, not in the
	 * audience, answered already, a required question left open, a hidden question
	 * answered, an unknown option, too many choices, a scale value out of range, an
	 * incomplete ranking, a pin outside the area, text too long; nothing is stored then
	 */
	@PreAuthorize("isAuthenticated()")
	public void submit(Long consultationId, List<AnswerInput> answers) {
		// TODO(answering helper)
		throw new UnsupportedOperationException("not built yet");
	}

	/**
	 * Stores an answer collected on paper or at a neighbourhood evening, marked as
	 * collected and linked to no account. Checked like a resident's answer, but also
	 * while the consultation is closed and before its results are out.
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	public void collect(Long consultationId, List<AnswerInput> answers) {
		// TODO(answering helper)
		throw new UnsupportedOperationException("not built yet");
	}

}
