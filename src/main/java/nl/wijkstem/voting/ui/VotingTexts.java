package nl.wijkstem.voting.ui;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Languages;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundDetails;
import nl.wijkstem.voting.RoundResults;
import nl.wijkstem.voting.SharesVariant;
import nl.wijkstem.voting.TieBreak;

/**
 * Amounts, moments, rules and refusals of voting rounds in the person's language.
 */
final class VotingTexts {

	private VotingTexts() {
	}

	private static Locale locale() {
		UI ui = UI.getCurrent();
		return ui == null ? Languages.DUTCH : ui.getLocale();
	}

	static String euros(Component view, long amount) {
		return view.getTranslation("vote.euros", amount);
	}

	static String moment(Component view, Instant instant) {
		return DisplayFormats.dateTime(instant, locale());
	}

	/** What a resident may choose in this round, in one sentence. */
	static String choiceRule(Component view, RoundDetails round) {
		if (round.kind() == BallotKind.LIMITED) {
			return view.getTranslation("vote.rule.LIMITED", round.maxChoices());
		}
		if (round.kind() == BallotKind.BUDGET) {
			String rule = view.getTranslation("vote.rule.BUDGET", euros(view, round.budget()));
			return round.minimumSpend() > 0
					? rule + " " + view.getTranslation("vote.rule.minimum", euros(view, round.minimumSpend())) : rule;
		}
		return view.getTranslation("vote.rule.SUPPORT");
	}

	/** How the winners are chosen, including the published tie-break rule. */
	static String countRule(Component view, RoundDetails round) {
		if (round.kind() == BallotKind.BUDGET && round.equalShares()) {
			// the tie rule for equal prices ends in the tie-break rule, so it is said
			// once
			return view.getTranslation("vote.count.shares." + round.sharesVariant()) + " "
					+ sharesTie(view, round.sharesVariant(), round.tieBreak());
		}
		String count = round.kind() != BallotKind.BUDGET ? view.getTranslation("vote.count.top", round.winners())
				: view.getTranslation("vote.count.greedy");
		return count + " " + view.getTranslation("vote.tieBreak." + round.tieBreak());
	}

	/**
	 * Equal Shares: an equal price per supporter goes to more votes, then to the round's
	 * tie-break rule. What "price" means depends on the variant.
	 */
	static String sharesTie(Component view, SharesVariant variant, TieBreak tieBreak) {
		return view.getTranslation("vote.count.sharesTie." + variant + "." + tieBreak);
	}

	/** A result line's title; for a group with how many ideas it holds. */
	static String lineTitle(Component view, RoundResults.ResultLine line) {
		return line.isGroup() ? view.getTranslation("vote.groupTitle", line.title(), line.ideas().size())
				: line.title();
	}

}
