package nl.wijkstem.voting.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.voting.RoundDetails;
import nl.wijkstem.voting.RoundPhase;

/**
 * The round's steps with their moments; the current step is marked for everyone,
 * including screen readers ({@code aria-current}).
 */
class PhaseSteps extends Composite<OrderedList> {

	PhaseSteps(RoundDetails round) {
		OrderedList list = getContent();
		list.addClassName("phase-steps");
		List<Step> steps = List.of(new Step(RoundPhase.BALLOT_READY, round.ballotChosenAt()),
				new Step(RoundPhase.OPEN, round.votingOpensAt()), new Step(RoundPhase.CLOSED, round.votingClosesAt()),
				new Step(RoundPhase.RESULTS, round.resultsAt()));
		for (Step step : steps) {
			Span name = new Span(getTranslation("vote.step." + step.phase()));
			name.addClassName("phase-steps__name");
			Span when = new Span(VotingTexts.moment(this, step.at()));
			when.addClassName("phase-steps__when");
			ListItem item = new ListItem(name, when);
			item.addClassName("phase-steps__step");
			if (step.phase() == round.phase()) {
				item.addClassName("phase-steps__step--current");
				item.getElement().setAttribute("aria-current", "step");
			}
			else if (step.phase().compareTo(round.phase()) < 0) {
				item.addClassName("phase-steps__step--done");
			}
			list.add(item);
		}
	}

	private record Step(RoundPhase phase, Instant at) {
	}

}
