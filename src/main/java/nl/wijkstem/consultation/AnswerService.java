package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Residents answer a consultation: a draft kept while they work, then one answer per
 * resident, enforced by the database. Moderators type in answers collected on paper.
 * <p>
 * Each call is one transaction: a rejected answer leaves nothing behind. Two first
 * answers of one account at once meet at its "has answered" marker (primary key): in an
 * anonymous consultation the second is refused as answered already; in a named one it is
 * tried again and then replaces the first, as a change would, so either way one response
 * remains.
 */
@Service
public class AnswerService {

	/** Attempts of a call that lost a race with a parallel one of the same account. */
	static final int ATTEMPTS = 5;

	private final ConsultationReader reader;

	private final Respondents respondents;

	private final ResponseStore responses;

	private final DraftStore drafts;

	private final AskedQuestions asked;

	private final ProgrammeService programme;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AnswerService(ConsultationReader reader, Respondents respondents, ResponseStore responses, DraftStore drafts,
			AskedQuestions asked, ProgrammeService programme, TransactionTemplate transaction, Clock clock) {
		this.reader = reader;
		this.respondents = respondents;
		this.responses = responses;
		this.drafts = drafts;
		this.asked = asked;
		this.programme = programme;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Keeps the signed-in person's answers in progress, so they can leave and come back.
	 * Nothing is checked but the size; nothing counts until {@link #submit}.
	 * @throws Rejection when the consultation is not open or the reader may not answer
	 */
	@PreAuthorize("isAuthenticated()")
	public void saveDraft(Long consultationId, List<AnswerInput> answers) {
		List<AnswerInput> given = present(answers);
		inTransaction(consultationId, (consultation, now) -> {
			Long accountId = mayAnswer(consultation, now, true);
			drafts.save(consultation.getId(), accountId, given, now);
		});
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
		List<AnswerInput> given = present(answers);
		inTransaction(consultationId, (consultation, now) -> {
			// an anonymous answer given before is found when its marker is claimed
			Long accountId = mayAnswer(consultation, now, false);
			Long id = consultation.getId();
			boolean change = claimMarker(consultation, accountId);
			List<AnswerRules.Accepted> accepted = checked(consultation, given);
			if (change) {
				responses.removeNamed(id, accountId);
			}
			responses.insert(id, consultation.isAnonymous() ? null : accountId, now, false, accepted);
			drafts.remove(id, accountId);
		});
	}

	/**
	 * Stores an answer collected on paper or at a neighbourhood evening, marked as
	 * collected and linked to no account. Checked like a resident's answer, but also
	 * while the consultation is closed and before its results are out.
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	public void collect(Long consultationId, List<AnswerInput> answers) {
		List<AnswerInput> given = present(answers);
		inTransaction(consultationId, (consultation, now) -> {
			ConsultationPhase phase = consultation.phase(now);
			if (phase == ConsultationPhase.RESULTS) {
				throw new Rejection("consultation.error.resultsOut");
			}
			if (phase != ConsultationPhase.OPEN && phase != ConsultationPhase.CLOSED) {
				throw new Rejection("consultation.error.notOpen");
			}
			responses.insert(consultation.getId(), null, now, true, checked(consultation, given));
		});
	}

	/**
	 * The signed-in person's account, when they may answer now.
	 * @param checkAnswered whether to refuse who answered an anonymous consultation
	 * already
	 * @throws Rejection when the consultation is not open, they are not in its audience,
	 * or (when checked) they answered an anonymous consultation already
	 */
	private Long mayAnswer(Consultation consultation, Instant now, boolean checkAnswered) {
		if (!consultation.phase(now).acceptsAnswers()) {
			throw new Rejection("consultation.error.notOpen");
		}
		Long accountId = respondents.current().orElseThrow(() -> new Rejection("consultation.error.signIn"));
		if (!respondents.inAudience(consultation, accountId)) {
			throw new Rejection("consultation.error.notVerified");
		}
		if (checkAnswered && consultation.isAnonymous() && responses.hasAnswered(consultation.getId(), accountId)) {
			throw new Rejection("consultation.error.answered");
		}
		return accountId;
	}

	/**
	 * Claims the account's "has answered" marker, first thing, so a parallel first answer
	 * of the same account waits here (or fails) before anything else is written.
	 * @return whether this changes an earlier answer (named consultations only)
	 * @throws Rejection {@code consultation.error.answered} in an anonymous consultation
	 * answered before, also by a parallel call that got there first
	 * @throws DuplicateKeyException when a parallel first answer in a named consultation
	 * got there first: tried again, it changes that answer
	 */
	private boolean claimMarker(Consultation consultation, Long accountId) {
		Long id = consultation.getId();
		if (consultation.isAnonymous()) {
			try {
				responses.mark(id, accountId);
				return false;
			}
			catch (DuplicateKeyException answeredBefore) {
				throw new Rejection("consultation.error.answered");
			}
		}
		if (responses.lockMarker(id, accountId)) {
			return true;
		}
		responses.mark(id, accountId);
		return false;
	}

	private List<AnswerRules.Accepted> checked(Consultation consultation, List<AnswerInput> answers) {
		List<QuestionItem> questions = asked.of(consultation.getId());
		AnswerRules.Checked checked = AnswerRules.check(questions, answers, programme::containsLocation);
		Rejection.rejectIfAny(checked.problems());
		return checked.accepted();
	}

	private static List<AnswerInput> present(List<AnswerInput> answers) {
		return answers == null ? List.of() : answers.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * Runs the work on the published consultation and the present moment in a transaction
	 * of its own, again in a new one when it lost a race with a parallel call of the same
	 * account (a marker or draft inserted first, a lock not had in time). A
	 * {@link Rejection} is never tried again.
	 */
	private void inTransaction(Long consultationId, BiConsumer<Consultation, Instant> work) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction
					.executeWithoutResult(status -> work.accept(reader.published(consultationId), clock.instant()));
				return;
			}
			catch (DuplicateKeyException | ConcurrencyFailureException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
			}
		}
	}

}
