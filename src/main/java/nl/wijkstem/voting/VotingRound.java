package nl.wijkstem.voting;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.LocalizedText;

/**
 * A voting round. Everything that shapes the vote is frozen once voting opens: only the
 * texts can still be corrected.
 */
@Entity
@Table(name = "voting_round")
class VotingRound extends AbstractEntity {

	private String titleNl;

	private String titleEn;

	private String explanationNl;

	private String explanationEn;

	private Instant ballotChosenAt;

	private Instant votingOpensAt;

	private Instant votingClosesAt;

	private Instant resultsAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "ballot_kind", nullable = false)
	private BallotKind kind;

	private Integer maxChoices;

	private Integer winners;

	private Long budget;

	private int minSpendPercent;

	private boolean liveResults;

	@Enumerated(EnumType.STRING)
	private SharesVariant sharesVariant;

	// written for nodes still on the previous version (V63); never read
	private boolean equalShares;

	@Enumerated(EnumType.STRING)
	private TieBreak tieBreak;

	private Instant createdAt;

	private Long createdBy;

	private Instant resultsPublishedAt;

	private Instant anonymisedAt;

	protected VotingRound() {
	}

	static VotingRound create(RoundForm form, Long createdBy, Instant now) {
		VotingRound round = new VotingRound();
		round.createdAt = now;
		round.createdBy = createdBy;
		round.apply(form);
		return round;
	}

	RoundPhase phase(Instant now) {
		if (now.isBefore(ballotChosenAt)) {
			return RoundPhase.PREPARING;
		}
		if (now.isBefore(votingOpensAt)) {
			return RoundPhase.BALLOT_READY;
		}
		if (now.isBefore(votingClosesAt)) {
			return RoundPhase.OPEN;
		}
		if (now.isBefore(resultsAt)) {
			return RoundPhase.CLOSED;
		}
		return RoundPhase.RESULTS;
	}

	boolean isFrozen(Instant now) {
		return phase(now).isFrozen();
	}

	/** Whether anyone may see the totals now. */
	boolean resultsVisible(Instant now) {
		RoundPhase phase = phase(now);
		return phase == RoundPhase.RESULTS || (liveResults && phase.isFrozen());
	}

	/**
	 * Changes the round. After voting opened only the texts may change.
	 * @throws Rejection {@code voting.error.frozen} otherwise
	 */
	void update(RoundForm form, Instant now) {
		if (isFrozen(now) && !sameRules(form)) {
			throw new Rejection("voting.error.frozen");
		}
		apply(form);
	}

	/**
	 * Whether the form keeps the rules. A number the round's kind does not use (a form
	 * may still carry one from a field it hides) is not a change.
	 */
	private boolean sameRules(RoundForm form) {
		return ballotChosenAt.equals(form.ballotChosenAt()) && votingOpensAt.equals(form.votingOpensAt())
				&& votingClosesAt.equals(form.votingClosesAt()) && resultsAt.equals(form.resultsAt())
				&& kind == form.kind() && Objects.equals(maxChoices, maxChoices(form))
				&& Objects.equals(winners, winners(form)) && Objects.equals(budget, budget(form))
				&& minSpendPercent == minSpendPercent(form) && liveResults == form.liveResults()
				&& sharesVariant == sharesVariant(form) && tieBreak == form.tieBreak();
	}

	private static Integer maxChoices(RoundForm form) {
		return form.kind() == BallotKind.LIMITED ? form.maxChoices() : null;
	}

	private static Integer winners(RoundForm form) {
		return form.kind() == BallotKind.BUDGET ? null : form.winners();
	}

	private static Long budget(RoundForm form) {
		return form.kind() == BallotKind.BUDGET ? form.budget() : null;
	}

	private static int minSpendPercent(RoundForm form) {
		return form.kind() == BallotKind.BUDGET ? form.minSpendPercent() : 0;
	}

	private static SharesVariant sharesVariant(RoundForm form) {
		return form.kind() == BallotKind.BUDGET ? form.sharesVariant() : null;
	}

	private void apply(RoundForm form) {
		titleNl = form.titleNl().strip();
		titleEn = form.titleEn().strip();
		explanationNl = form.explanationNl().strip();
		explanationEn = form.explanationEn().strip();
		ballotChosenAt = form.ballotChosenAt();
		votingOpensAt = form.votingOpensAt();
		votingClosesAt = form.votingClosesAt();
		resultsAt = form.resultsAt();
		kind = form.kind();
		maxChoices = maxChoices(form);
		winners = winners(form);
		budget = budget(form);
		minSpendPercent = minSpendPercent(form);
		liveResults = form.liveResults();
		sharesVariant = sharesVariant(form);
		equalShares = sharesVariant != null;
		tieBreak = form.tieBreak();
	}

	RoundForm form() {
		return new RoundForm(titleNl, titleEn, explanationNl, explanationEn, ballotChosenAt, votingOpensAt,
				votingClosesAt, resultsAt, kind, maxChoices, winners, budget, minSpendPercent, liveResults,
				sharesVariant, tieBreak);
	}

	void resultsPublished(Instant now) {
		resultsPublishedAt = now;
	}

	void anonymised(Instant now) {
		anonymisedAt = now;
	}

	String title(Locale locale) {
		return new LocalizedText(titleNl, titleEn).in(locale);
	}

	String explanation(Locale locale) {
		return new LocalizedText(explanationNl, explanationEn).in(locale);
	}

	String getTitleNl() {
		return titleNl;
	}

	Instant getBallotChosenAt() {
		return ballotChosenAt;
	}

	Instant getVotingOpensAt() {
		return votingOpensAt;
	}

	Instant getVotingClosesAt() {
		return votingClosesAt;
	}

	Instant getResultsAt() {
		return resultsAt;
	}

	BallotKind getKind() {
		return kind;
	}

	Integer getMaxChoices() {
		return maxChoices;
	}

	Integer getWinners() {
		return winners;
	}

	Long getBudget() {
		return budget;
	}

	int getMinSpendPercent() {
		return minSpendPercent;
	}

	/** The least a budget ballot must spend, in euros (rounded up). */
	long minimumSpend() {
		return budget == null ? 0 : (budget * minSpendPercent + 99) / 100;
	}

	boolean isLiveResults() {
		return liveResults;
	}

	/**
	 * Whether the Method of Equal Shares decides (budget rounds that chose a variant).
	 */
	boolean isEqualShares() {
		return sharesVariant != null;
	}

	/** The variant of Equal Shares that decides; {@code null} when votes alone decide. */
	SharesVariant getSharesVariant() {
		return sharesVariant;
	}

	TieBreak getTieBreak() {
		return tieBreak;
	}

	Instant getResultsPublishedAt() {
		return resultsPublishedAt;
	}

	Instant getAnonymisedAt() {
		return anonymisedAt;
	}

}
