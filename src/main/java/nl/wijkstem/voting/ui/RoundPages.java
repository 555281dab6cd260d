package nl.wijkstem.voting.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.base.ui.SubjectPages;
import nl.wijkstem.voting.VotingService;

/**
 * A voting round's settings page for administrators, with its ballot and phases; and the
 * voting pages whose address names a round, which must exist. The vote page and the round
 * form may also go without one (the current round, a new round).
 */
@org.springframework.stereotype.Component
class RoundPages implements SubjectPages, AddressedSubjects {

	private final VotingService voting;

	RoundPages(VotingService voting) {
		this.voting = voting;
	}

	@Override
	public Optional<RouterLink> link(String subjectType, Long id, String text) {
		return SubjectPages.link("round", RoundFormView.class, RoundFormView.ROUND_PARAMETER, subjectType, id, text);
	}

	@Override
	public Map<Class<? extends Component>, Predicate<RouteParameters>> checks() {
		return Map.of(VoteView.class, optionalRound(VoteView.ROUND_PARAMETER), RoundFormView.class,
				optionalRound(RoundFormView.ROUND_PARAMETER), ResultsView.class, round(ResultsView.ROUND_PARAMETER),
				IntegrityView.class, round(IntegrityView.ROUND_PARAMETER), BallotEditorView.class,
				round(BallotEditorView.ROUND_PARAMETER));
	}

	private Predicate<RouteParameters> round(String parameter) {
		return AddressedSubjects.named(parameter, voting::roundExists);
	}

	private Predicate<RouteParameters> optionalRound(String parameter) {
		return AddressedSubjects.namedIfAny(parameter, voting::roundExists);
	}

}
