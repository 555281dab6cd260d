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

	private String titleNl;

	private String titleEn;

	private String introNl;

	private String introEn;

	private String closingNl;

	private String closingEn;

	private Long goalId;

	@ElementCollection
	@CollectionTable(name = "consultation_theme", joinColumns = @JoinColumn(name = "consultation_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new HashSet<>();

	private Instant opensAt;

	private Instant closesAt;

	private Instant resultsAt;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	private boolean anonymous;

	private Instant publishedAt;

	private Instant createdAt;

	private Long createdBy;

	private String outcomeNl;

	private String outcomeEn;

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
