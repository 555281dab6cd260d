package nl.wijkstem.base;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * The accessibility statement every Dutch public body publishes for each website (Besluit
 * digitale toegankelijkheid overheid), with the parts of the Dutch model statement
 * (digitoegankelijk.nl): whose site it is, how far it complies and since when, the audits
 * that show it, the known barriers with their repair plan, the answer time and who signed
 * it. The site it covers is this installation's public address; residents report a
 * barrier to the programme bureau ({@link ProgrammeContact}). Set per installation in the
 * programme file and checked at start: a statement without its required parts stops
 * Wijkstem with a message naming the missing part.
 *
 * @param organisation the public body responsible for the site, e.g. "Gemeente
 * Vlaardingen"
 * @param status the compliance status of the model, A to E
 * @param drawnUpOn when the statement was first drawn up
 * @param reviewedOn when it was last reviewed (the same date when never reviewed)
 * @param audits the audits the status rests on, newest first; required for A and B
 * @param barriers what does not yet meet WCAG 2.1 AA, each with its repair plan; none for
 * A, at least one for B
 * @param answerWithinWorkingDays how many working days residents wait at most for an
 * answer about a barrier
 * @param signed who approved the statement, and when
 */
public record AccessibilityStatement(@NotBlank String organisation, @NotNull ComplianceStatus status,
		@NotNull LocalDate drawnUpOn, @NotNull LocalDate reviewedOn, @Valid List<Audit> audits,
		@Valid List<Barrier> barriers, @NotNull @Positive Integer answerWithinWorkingDays,
		@NotNull @Valid Signature signed) {

	/**
	 * The national ombudsman, where residents go when our answer does not satisfy them.
	 */
	public static final String OMBUDSMAN_URL = "https://www.nationaleombudsman.nl/";

	public AccessibilityStatement {
		audits = audits == null ? List.of() : List.copyOf(audits);
		barriers = barriers == null ? List.of() : List.copyOf(barriers);
	}

	/**
	 * The statuses of the model (digitoegankelijk.nl): A and B rest on a complete audit
	 * of the site, C and D on none yet (C with one planned within six months), E means
	 * the site does not meet the requirements.
	 */
	public enum ComplianceStatus {

		/** Fully compliant: all 50 success criteria met. */
		A,
		/** Partially compliant: barriers remain, each with a repair plan. */
		B,
		/** First measures taken: an audit is planned. */
		C,
		/** No measures taken. */
		D,
		/** Does not meet the requirements. */
		E

	}

	@AssertTrue(
			message = "status A and B rest on an audit: add one under audits (by, date, standard, method, report-url)")
	public boolean isAuditedWhenTheStatusSaysSo() {
		return !(status == ComplianceStatus.A || status == ComplianceStatus.B) || !audits.isEmpty();
	}

	@AssertTrue(message = "status A means no known barriers, and status B at least one under barriers")
	public boolean isBarriersMatchingTheStatus() {
		return status != ComplianceStatus.A && status != ComplianceStatus.B
				|| (status == ComplianceStatus.A) == barriers.isEmpty();
	}

	@AssertTrue(message = "reviewed-on cannot lie before drawn-up-on")
	public boolean isReviewedAfterDrawingUp() {
		return drawnUpOn == null || reviewedOn == null || !reviewedOn.isBefore(drawnUpOn);
	}

	/**
	 * An audit the status rests on.
	 *
	 * @param by who carried it out
	 * @param date when it was finished
	 * @param standard the standard checked against, e.g. "WCAG 2.1 AA"
	 * @param method how: which pages and states, which tools, which manual checks
	 * @param reportUrl where its report can be read
	 */
	public record Audit(@NotNull LocalizedText by, @NotNull LocalDate date, @NotBlank String standard,
			@NotNull LocalizedText method, @NotBlank @Pattern(regexp = "https?://\\S+",
					message = "must be the http(s) address of the audit report") String reportUrl) {

		@AssertTrue(message = "an audit needs a Dutch text (nl) for by and method")
		public boolean isDescribed() {
			return given(by) && given(method);
		}

	}

	/**
	 * A part of the site that does not yet meet a success criterion, with its repair
	 * plan.
	 *
	 * @param criterion the WCAG 2.1 success criterion not met, e.g. "1.1.1"
	 * @param description what does not work, and for whom, in plain words
	 * @param reason why it is not yet repaired
	 * @param repair what will be done about it, and what to use meanwhile
	 * @param repairedBy the date by which it will be repaired
	 */
	public record Barrier(@NotBlank String criterion, @NotNull LocalizedText description, @NotNull LocalizedText reason,
			@NotNull LocalizedText repair, @NotNull LocalDate repairedBy) {

		@AssertTrue(message = "criterion must be a success criterion of WCAG 2.1 level A or AA, such as 1.1.1")
		public boolean isKnownCriterion() {
			return criterion == null || WcagCriteria.LEVEL_A_AND_AA.contains(criterion.strip());
		}

		@AssertTrue(message = "a barrier needs a Dutch text (nl) for description, reason and repair")
		public boolean isDescribed() {
			return given(description) && given(reason) && given(repair);
		}

	}

	/**
	 * The official who approved the statement.
	 *
	 * @param name the official's name
	 * @param function the official's function, e.g. "Programmamanager Wij de Westwijk"
	 * @param date the date of signing
	 */
	public record Signature(@NotBlank String name, @NotNull LocalizedText function, @NotNull LocalDate date) {

		@AssertTrue(message = "the signing official's function needs a Dutch text (nl)")
		public boolean isDescribed() {
			return given(function);
		}

	}

	/** A missing text is @NotNull's to report; this one only asks for its Dutch. */
	private static boolean given(LocalizedText text) {
		return text == null || text.nl() != null && !text.nl().isBlank();
	}

}
