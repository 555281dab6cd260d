package nl.wijkstem.voting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.AdminView;
import nl.wijkstem.base.ui.CardList;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.RoundSummary;

/**
 * Administrators' list of voting rounds, with the way to a new one and, per round, its
 * settings, its ballot and its integrity report.
 */
@StyleSheet("context://wijkstem/styles/voting.css")
@Route("admin/rounds")
@RolesAllowed(Roles.ADMIN)
public class RoundsAdminView extends Composite<Div> implements HasDynamicTitle {

	RoundsAdminView(RoundService rounds) {
		Div content = getContent();
		content.addClassName("rounds-admin-view");
		RouterLink create = new RouterLink(getTranslation("rounds.new"), RoundFormView.class);
		create.addClassName("call-to-action");
		content.add(AdminView.backLink(this), new H1(getTranslation("rounds.title")),
				new Paragraph(getTranslation("rounds.intro")), new Paragraph(create));
		content.add(CardList.of(rounds.all(getLocale()), this::card, getTranslation("rounds.none")));
	}

	private ListItem card(RoundSummary round) {
		RouteParameters id = new RouteParameters(RoundFormView.ROUND_PARAMETER, round.id().toString());
		ListItem item = new ListItem(new H2(round.title()),
				new Paragraph(getTranslation("vote.step." + round.phase()) + " · "
						+ getTranslation("rounds.kind." + round.kind()) + " · "
						+ getTranslation("rounds.when", VotingTexts.moment(this, round.votingOpensAt()),
								VotingTexts.moment(this, round.votingClosesAt()))),
				new Paragraph(new RouterLink(getTranslation("rounds.edit", round.title()), RoundFormView.class, id)),
				new Paragraph(new RouterLink(getTranslation("rounds.ballot", round.title()), BallotEditorView.class,
						new RouteParameters(BallotEditorView.ROUND_PARAMETER, round.id().toString()))),
				new Paragraph(new RouterLink(getTranslation("rounds.integrity", round.title()), IntegrityView.class,
						new RouteParameters(IntegrityView.ROUND_PARAMETER, round.id().toString()))),
				new Paragraph(new RouterLink(getTranslation("rounds.show", round.title()), VoteView.class,
						new RouteParameters(VoteView.ROUND_PARAMETER, round.id().toString()))));
		item.addClassName("card");
		return item;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("rounds.title"));
	}

}
