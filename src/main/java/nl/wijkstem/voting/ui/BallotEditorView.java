package nl.wijkstem.voting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.CardList;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.BallotIdea;
import nl.wijkstem.voting.BallotEditor;
import nl.wijkstem.voting.BallotEntry;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundService;

/**
 * Moderators put published ideas and groups of ideas on a round's ballot, with a cost
 * estimate in budget rounds, change costs and take them off again, until voting opens.
 */
@StyleSheet("context://wijkstem/styles/voting.css")
@Route("moderation/ballot/:" + BallotEditorView.ROUND_PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Roles.MODERATOR)
public class BallotEditorView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUND_PARAMETER = "roundId";

	private final RoundService rounds;

	private Long roundId;

	private String title = "";

	BallotEditorView(RoundService rounds) {
		this.rounds = rounds;
		getContent().addClassName("ballot-editor-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		roundId = event.getRouteParameters().getLong(ROUND_PARAMETER).orElse(null);
		try {
			show(rounds.ballotEditor(roundId, getLocale()));
		}
		catch (Rejection unknown) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void refresh() {
		show(rounds.ballotEditor(roundId, getLocale()));
	}

	private void show(BallotEditor editor) {
		Div content = getContent();
		content.removeAll();
		title = getTranslation("ballotEditor.title", editor.round().title());
		boolean budget = editor.round().kind() == BallotKind.BUDGET;
		boolean frozen = editor.round().phase().isFrozen();
		content.add(new H1(title), new Paragraph(new RouterLink(getTranslation("ballotEditor.toRound"), VoteView.class,
				new RouteParameters(VoteView.ROUND_PARAMETER, roundId.toString()))));
		if (frozen) {
			Paragraph notice = new Paragraph(getTranslation("ballotEditor.frozen"));
			notice.addClassName("vote-notice");
			content.add(notice);
		}
		else {
			content.add(new Paragraph(getTranslation(budget ? "ballotEditor.introBudget" : "ballotEditor.intro",
					budget ? VotingTexts.euros(this, editor.round().budget()) : "")));
		}
		content.add(new H2(getTranslation("ballotEditor.onBallot", editor.round().ballot().size())));
		content.add(CardList.of(editor.round().ballot(), onBallot -> entry(onBallot, budget, frozen),
				getTranslation("vote.ballotEmpty")));
		if (frozen) {
			return;
		}
		content.add(new H2(getTranslation("ballotEditor.candidates")));
		content.add(CardList.of(editor.candidates(), idea -> candidate(idea, budget),
				getTranslation("ballotEditor.noCandidates")));
		content.add(new H2(getTranslation("ballotEditor.groups")),
				new Paragraph(getTranslation("ballotEditor.groupsIntro")));
		content.add(CardList.of(editor.groups(), group -> groupCandidate(group, budget),
				getTranslation("ballotEditor.noGroups")));
	}

	private ListItem groupCandidate(BallotEditor.GroupCandidate group, boolean budget) {
		Paragraph summary = new Paragraph(group.summary());
		summary.addClassName("user-text");
		UnorderedList ideas = new UnorderedList();
		for (BallotIdea idea : group.ideas()) {
			ListItem line = new ListItem(getTranslation("ballotEditor.groupIdea", idea.title(),
					getTranslation("idea.status." + idea.status())));
			line.addClassName("user-text");
			ideas.add(line);
		}
		ListItem item = new ListItem(new H3(group.name()), summary,
				new Paragraph(getTranslation("ballotEditor.groupIdeas", group.ideas().size())), ideas);
		item.addClassNames("card", "ballot-editor__group");
		if (!group.eligible()) {
			item.add(new Paragraph(getTranslation("ballotEditor.groupNotEligible")));
			return item;
		}
		IntegerField cost = budget ? costField(group.name()) : null;
		Button add = new Button(getTranslation("ballotEditor.add"), click -> act(cost, () -> rounds.addGroup(roundId,
				group.groupId(), cost == null || cost.getValue() == null ? null : cost.getValue().longValue())));
		add.setAriaLabel(getTranslation("ballotEditor.addFor", group.name()));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		if (cost != null) {
			item.add(cost);
		}
		item.add(add);
		return item;
	}

	private ListItem entry(BallotEntry entry, boolean budget, boolean frozen) {
		ListItem item = new ListItem(new H3(entry.isGroup()
				? getTranslation("vote.groupTitle", entry.title(), entry.ideas().size()) : entry.title()));
		item.addClassNames("card", "ballot-editor__entry");
		if (entry.isGroup()) {
			item.add(GroupIdeas.links(entry.ideas()));
		}
		if (budget && frozen) {
			item.add(new Paragraph(getTranslation("ballotEditor.cost",
					entry.cost() == null ? "" : VotingTexts.euros(this, entry.cost()))));
		}
		if (frozen) {
			return item;
		}
		if (budget) {
			IntegerField cost = costField(entry.title());
			cost.setValue(entry.cost() == null ? null : entry.cost().intValue());
			Button save = new Button(getTranslation("ballotEditor.saveCost"), click -> act(cost, () -> rounds
				.setCost(entry.itemId(), cost.getValue() == null ? null : cost.getValue().longValue())));
			save.setAriaLabel(getTranslation("ballotEditor.saveCostFor", entry.title()));
			item.add(cost, save);
		}
		Button remove = new Button(getTranslation("ballotEditor.remove"),
				click -> act(null, () -> rounds.removeItem(entry.itemId())));
		remove.setAriaLabel(getTranslation("ballotEditor.removeFor", entry.title()));
		remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
		item.add(remove);
		return item;
	}

	private ListItem candidate(BallotIdea idea, boolean budget) {
		ListItem item = new ListItem(new H3(idea.title()),
				new Paragraph(getTranslation("idea.status." + idea.status())));
		item.addClassNames("card", "ballot-editor__candidate");
		IntegerField cost = budget ? costField(idea.title()) : null;
		Button add = new Button(getTranslation("ballotEditor.add"), click -> act(cost, () -> rounds.addIdea(roundId,
				idea.id(), cost == null || cost.getValue() == null ? null : cost.getValue().longValue())));
		add.setAriaLabel(getTranslation("ballotEditor.addFor", idea.title()));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		if (cost != null) {
			item.add(cost);
		}
		item.add(add);
		return item;
	}

	private IntegerField costField(String ideaTitle) {
		IntegerField cost = new IntegerField(getTranslation("ballotEditor.costLabel"));
		cost.setMin(1);
		cost.setAriaLabel(getTranslation("ballotEditor.costFor", ideaTitle));
		cost.addClassName("ballot-editor__cost");
		return cost;
	}

	private void act(IntegerField field, Runnable action) {
		try {
			action.run();
			refresh();
		}
		catch (Rejection rejected) {
			String message = RejectionMessages.text(this, rejected);
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			else {
				com.vaadin.flow.component.notification.Notification.show(message, 6000,
						com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
			}
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title);
	}

}
