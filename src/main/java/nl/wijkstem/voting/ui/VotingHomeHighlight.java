package nl.wijkstem.voting.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.HomeHighlight;
import nl.wijkstem.voting.RoundPhase;
import nl.wijkstem.voting.RoundSummary;
import nl.wijkstem.voting.VotingService;

/**
 * On the home page: the voting round that is open, about to open, or whose results just
 * came out, with the way to it. Voting is what many residents come for.
 */
@org.springframework.stereotype.Component
class VotingHomeHighlight implements HomeHighlight {

	private final VotingService voting;

	VotingHomeHighlight(VotingService voting) {
		this.voting = voting;
	}

	@Override
	public Optional<Component> create() {
		UI ui = UI.getCurrent();
		return voting.highlighted(ui.getLocale()).map(round -> section(ui, round));
	}

	private static Component section(UI ui, RoundSummary round) {
		Section section = new Section();
		section.addClassName("home-highlight");
		String state = switch (round.phase()) {
			case OPEN -> "open";
			case BALLOT_READY -> "soon";
			default -> "results";
		};
		String when = VotingTexts.moment(section,
				round.phase() == RoundPhase.OPEN ? round.votingClosesAt() : round.votingOpensAt());
		RouteParameters parameters = new RouteParameters(VoteView.ROUND_PARAMETER, round.id().toString());
		RouterLink link = round.phase() == RoundPhase.RESULTS
				? new RouterLink(ui.getTranslation("home.vote.results.link"), ResultsView.class, parameters)
				: new RouterLink(ui.getTranslation("home.vote." + state + ".link"), VoteView.class, parameters);
		link.addClassName("call-to-action");
		H2 title = new H2(ui.getTranslation("home.vote." + state + ".title", round.title()));
		title.addClassName("user-text");
		section.add(title, new Paragraph(ui.getTranslation("home.vote." + state + ".text", when)), new Paragraph(link));
		return section;
	}

}
