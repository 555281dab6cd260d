package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.Rejection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations as everyone sees them: the list and each page. Reading needs no sign-in;
 * drafts are seen only by staff, in the preview ({@code ConsultationAdminService}).
 */
@Service
public class ConsultationService {

	private final ConsultationRepository consultations;

	private final ConsultationReader reader;

	private final Respondents respondents;

	private final ResponseStore responses;

	private final DraftStore drafts;

	private final Clock clock;

	ConsultationService(ConsultationRepository consultations, ConsultationReader reader, Respondents respondents,
			ResponseStore responses, DraftStore drafts, Clock clock) {
		this.consultations = consultations;
		this.reader = reader;
		this.respondents = respondents;
		this.responses = responses;
		this.drafts = drafts;
		this.clock = clock;
	}

	/**
	 * Published consultations: open ones first (the first to close on top), then upcoming
	 * ones (the first to open on top), then closed ones and those with results (the
	 * latest to close on top).
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public List<ConsultationSummary> list(Locale locale) {
		Instant now = clock.instant();
		List<Consultation> shown = consultations.findAllByOrderByOpensAtDescIdDesc()
			.stream()
			.filter(consultation -> consultation.phase(now).isPublic())
			.sorted(Comparator.comparingInt((Consultation consultation) -> rank(consultation.phase(now)))
				.thenComparing(consultation -> sortTime(consultation, now)))
			.toList();
		return reader.summaries(shown, locale);
	}

	private static int rank(ConsultationPhase phase) {
		return switch (phase) {
			case OPEN -> 0;
			case UPCOMING -> 1;
			default -> 2;
		};
	}

	/** Ascending: the moment that matters next first, or the most recent one. */
	private static long sortTime(Consultation consultation, Instant now) {
		return switch (consultation.phase(now)) {
			case OPEN -> consultation.getClosesAt().toEpochMilli();
			case UPCOMING -> consultation.getOpensAt().toEpochMilli();
			default -> -consultation.getClosesAt().toEpochMilli();
		};
	}

	/**
	 * A published consultation with the reader's participation.
	 * @throws Rejection {@code consultation.error.unknown}, also for a draft
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public ConsultationPage page(Long consultationId, Locale locale) {
		Consultation consultation = reader.published(consultationId);
		ConsultationDetails details = reader.details(consultation, locale);
		return new ConsultationPage(details, participation(consultation, details.phase()));
	}

	private ConsultationPage.Participation participation(Consultation consultation, ConsultationPhase phase) {
		Long accountId = respondents.current().orElse(null);
		if (accountId == null) {
			return new ConsultationPage.Participation(false, false,
					phase.acceptsAnswers() ? "consultation.refusal.signIn" : "consultation.refusal.notOpen", false,
					false, List.of());
		}
		boolean open = phase.acceptsAnswers();
		boolean answered = responses.hasAnswered(consultation.getId(), accountId);
		boolean inAudience = respondents.inAudience(consultation, accountId);
		boolean named = !consultation.isAnonymous();
		String refusal = !open ? "consultation.refusal.notOpen" : !inAudience ? "consultation.refusal.notVerified"
				: answered && !named ? "consultation.refusal.answeredAnonymous" : null;
		boolean mayAnswer = refusal == null;
		boolean mayChange = answered && named && open && inAudience;
		List<AnswerInput> answers = List.of();
		if (open && mayAnswer) {
			answers = drafts.find(consultation.getId(), accountId).orElse(List.of());
		}
		if (answers.isEmpty() && answered && named) {
			answers = responses.named(consultation.getId(), accountId);
		}
		return new ConsultationPage.Participation(true, mayAnswer, refusal, answered, mayChange, answers);
	}

}
