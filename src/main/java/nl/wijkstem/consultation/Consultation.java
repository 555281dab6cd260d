package nl.wijkstem.consultation;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.Rejection;

/**
 * A consultation. Its phase follows from publication and the clock; once the first answer
 * is in, who may answer and whether answers are anonymous can no longer change (nor can
 * the questions, see {@link Question}).
 */
@Entity
@Table(name = "consultation")
class Consultation extends AbstractEntity {

	@Column(name = "title_nl", nullable = false)
	private String titleNl;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	@Column(name = "intro_nl", nullable = false)
	private String introNl;

	@Column(name = "intro_en", nullable = false)
	private String introEn;

	@Column(name = "closing_nl", nullable = false)
	private String closingNl;

	@Column(name = "closing_en", nullable = false)
	private String closingEn;

	@Column(name = "goal_id")
	private Long goalId;

	@ElementCollection
	@CollectionTable(name = "consultation_theme", joinColumns = @JoinColumn(name = "consultation_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new HashSet<>();

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	@Column(name = "results_at", nullable = false)
	private Instant resultsAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "audience", nullable = false)
	private Audience audience;

	@Column(name = "anonymous", nullable = false)
	private boolean anonymous;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "outcome_nl")
	private String outcomeNl;

	@Column(name = "outcome_en")
	private String outcomeEn;

	@Column(name = "outcome_published_at")
	private Instant outcomePublishedAt;

	protected Consultation() {
	}

	static Consultation create(ConsultationForm form, Long createdBy, Instant now) {
		Consultation consultation = new Consultation();
		consultation.createdAt = now;
		consultation.createdBy = createdBy;
		consultation.apply(form);
		return consultation;
	}

	ConsultationPhase phase(Instant now) {
		if (publishedAt == null) {
			return ConsultationPhase.DRAFT;
		}
		if (now.isBefore(opensAt)) {
			return ConsultationPhase.UPCOMING;
		}
		if (now.isBefore(closesAt)) {
			return ConsultationPhase.OPEN;
		}
		if (now.isBefore(resultsAt)) {
			return ConsultationPhase.CLOSED;
		}
		return ConsultationPhase.RESULTS;
	}

	/**
	 * Changes the settings and texts.
	 * @param answered whether any answer is in
	 * @throws Rejection {@code consultation.error.answeredRules} when answers are in and
	 * the audience or anonymity would change
	 */
	void update(ConsultationForm form, boolean answered) {
		if (answered && (form.audience() != audience || form.anonymous() != anonymous)) {
			throw new Rejection("consultation.error.answeredRules");
		}
		apply(form);
	}

	/** Makes it visible to residents; it opens for answers at its opening time. */
	void publish(Instant now) {
		if (publishedAt == null) {
			publishedAt = now;
		}
	}

	/** Publishes what the programme bureau does with the results. */
	void publishOutcome(String nl, String en, Instant now) {
		outcomeNl = nl.strip();
		outcomeEn = en == null ? "" : en.strip();
		if (outcomePublishedAt == null) {
			outcomePublishedAt = now;
		}
	}

	private void apply(ConsultationForm form) {
		titleNl = form.titleNl().strip();
		titleEn = stripped(form.titleEn());
		introNl = form.introNl().strip();
		introEn = stripped(form.introEn());
		closingNl = stripped(form.closingNl());
		closingEn = stripped(form.closingEn());
		goalId = form.goalId();
		themeIds.clear();
		themeIds.addAll(form.themeIds());
		opensAt = form.opensAt();
		closesAt = form.closesAt();
		resultsAt = form.resultsAt();
		audience = form.audience();
		anonymous = form.anonymous();
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	ConsultationForm form() {
		return new ConsultationForm(titleNl, titleEn, introNl, introEn, closingNl, closingEn, goalId,
				Set.copyOf(themeIds), opensAt, closesAt, resultsAt, audience, anonymous);
	}

	LocalizedText title() {
		return new LocalizedText(titleNl, titleEn);
	}

	LocalizedText intro() {
		return new LocalizedText(introNl, introEn);
	}

	LocalizedText closing() {
		return new LocalizedText(closingNl, closingEn);
	}

	LocalizedText outcome() {
		return outcomePublishedAt == null ? null : new LocalizedText(outcomeNl, outcomeEn);
	}

	String title(Locale locale) {
		return title().in(locale);
	}

	Long getGoalId() {
		return goalId;
	}

	Set<Long> getThemeIds() {
		return Set.copyOf(themeIds);
	}

	Instant getOpensAt() {
		return opensAt;
	}

	Instant getClosesAt() {
		return closesAt;
	}

	Instant getResultsAt() {
		return resultsAt;
	}

	Audience getAudience() {
		return audience;
	}

	boolean isAnonymous() {
		return anonymous;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getOutcomePublishedAt() {
		return outcomePublishedAt;
	}

}
