package nl.wijkstem.voting.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.ui.FollowButtons;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.voting.RoundDetails;
import nl.wijkstem.voting.RoundPhase;
import nl.wijkstem.voting.RoundSummary;
import nl.wijkstem.voting.VotePage;
import nl.wijkstem.voting.VotingService;

/**
 * The vote page: the current round (or the one asked for), where it stands and what comes
 * next, its rules, the ballot, and the other rounds with their results.
 */
@StyleSheet("context://wijkstem/styles/voting.css")
@Route("vote/:" + VoteView.ROUND_PARAMETER + "?([0-9]{1,18})")
@Menu(order = 12, title = "nav.vote")
@PermitAll
public class VoteView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUND_PARAMETER = "roundId";

	private final VotingService voting;

	private final PublicIdeaService ideas;

	private String title = "";

	private final FollowButtons followButtons;

	VoteView(VotingService voting, PublicIdeaService ideas, FollowButtons followButtons) {
		this.followButtons = followButtons;
		this.voting = voting;
		this.ideas = ideas;
		getContent().addClassName("vote-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.load(event, ROUND_PARAMETER, roundId -> voting.page(roundId, getLocale()))
			.ifPresent(this::show);
	}

	private void show(VotePage page) {
		Div content = getContent();
		content.removeAll();
		RoundDetails round = page.round();
		if (round == null) {
			title = getTranslation("vote.title");
			content.add(new H1(title), new Paragraph(getTranslation("vote.none")));
			return;
		}
		title = round.title();
		Paragraph explanation = new Paragraph(round.explanation());
		explanation.addClassName("user-text");
		content.add(new H1(round.title()),
				followButtons.create(FollowTarget.round(round.id()), null, "vote/" + round.id()), explanation,
				standing(round));
		if (page.mayManageBallot() && !round.phase().isFrozen()) {
			content.add(new Paragraph(new RouterLink(getTranslation("vote.manageBallot"), BallotEditorView.class,
					new RouteParameters(BallotEditorView.ROUND_PARAMETER, round.id().toString()))));
		}
		content.add(ballot(page, round), others(page, round));
	}

	private Section standing(RoundDetails round) {
		Section section = new Section(new H2(getTranslation("vote.standing")),
				new Paragraph(getTranslation("vote.phase." + round.phase(), VotingTexts.moment(this, next(round)))),
				new PhaseSteps(round), new Paragraph(VotingTexts.choiceRule(this, round)),
				new Paragraph(VotingTexts.countRule(this, round)));
		section.addClassName("vote-standing");
		if (round.resultsVisible()) {
			section.add(new Paragraph(new RouterLink(
					getTranslation(round.phase() == RoundPhase.RESULTS ? "vote.toResults" : "vote.toLiveResults"),
					ResultsView.class, new RouteParameters(ResultsView.ROUND_PARAMETER, round.id().toString()))));
		}
		return section;
	}

	private static java.time.Instant next(RoundDetails round) {
		return switch (round.phase()) {
			case PREPARING -> round.ballotChosenAt();
			case BALLOT_READY -> round.votingOpensAt();
			case OPEN -> round.votingClosesAt();
			case CLOSED, RESULTS -> round.resultsAt();
		};
	}

	private Section ballot(VotePage page, RoundDetails round) {
		Section section = new Section(new H2(getTranslation("vote.ballot")));
		section.addClassName("vote-ballot");
		if (round.ballot().isEmpty()) {
			section.add(new Paragraph(getTranslation("vote.ballotEmpty")));
			return section;
		}
		boolean open = round.phase() == RoundPhase.OPEN;
		if (!page.verified()) {
			Paragraph why = new Paragraph(getTranslation("vote.notVerified"));
			why.addClassName("vote-notice");
			Anchor verify = new Anchor("verify", getTranslation("vote.verifyLink"));
			section.add(why, new Paragraph(verify));
		}
		else if (!open) {
			section
				.add(new Paragraph(getTranslation(round.phase().isFrozen() ? "vote.closedNotice" : "vote.notOpenNotice",
						VotingTexts.moment(this, round.votingOpensAt()))));
		}
		boolean canCast = open && page.verified();
		section.add(new BallotForm(round, page.myBallot(), canCast ? chosen -> voting.cast(round.id(), chosen) : null,
				ideaId -> ideas.idea(ideaId, getLocale())));
		if (!canCast && page.myBallot() != null) {
			section.add(new Paragraph(
					getTranslation("vote.recordedBefore", VotingTexts.moment(this, page.myBallot().submittedAt()))));
		}
		return section;
	}

	private Section others(VotePage page, RoundDetails shown) {
		Section section = new Section(new H2(getTranslation("vote.rounds")));
		section.addClassName("vote-rounds");
		UnorderedList list = new UnorderedList();
		for (RoundSummary round : page.rounds()) {
			RouterLink link = new RouterLink(round.title(), VoteView.class,
					new RouteParameters(ROUND_PARAMETER, round.id().toString()));
			Span phase = new Span(" · " + getTranslation("vote.step." + round.phase()) + " · "
					+ VotingTexts.moment(this, round.votingClosesAt()));
			ListItem item = new ListItem(link, phase);
			if (round.id().equals(shown.id())) {
				link.getElement().setAttribute("aria-current", "page");
			}
			if (round.resultsVisible()) {
				item.add(new Span(" · "), new RouterLink(getTranslation("vote.results"), ResultsView.class,
						new RouteParameters(ResultsView.ROUND_PARAMETER, round.id().toString())));
			}
			list.add(item);
		}
		section.add(list);
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", Optional.ofNullable(title).orElse(""));
	}

}
