package nl.wijkstem.idea.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.FollowButtons;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.TimelineKind;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PhotoView;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.ui.AreaMap;

/**
 * One idea at its stable, shareable address: the full text, what it is about, its support
 * and its history. Unpublished ideas are shown only to their author and moderators; to
 * anyone else the address does not exist.
 */
@Route("ideas/:" + IdeaView.ID_PARAMETER + "([0-9]{1,18})")
@AnonymousAllowed
public class IdeaView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ID_PARAMETER = "ideaId";

	private final IdeaService ideas;

	private final PublicIdeaService reads;

	private final CurrentUser currentUser;

	private final CommentService comments;

	private IdeaDetails idea;

	private final ProgrammeService programme;

	private final PhotoService photos;

	private final FollowButtons followButtons;

	/** The support button of the page as last drawn, if it has one. */
	private Button supportToggle;

	IdeaView(PublicIdeaService reads, IdeaService ideas, CommentService comments, PhotoService photos,
			CurrentUser currentUser, ProgrammeService programme, FollowButtons followButtons) {
		this.reads = reads;
		this.followButtons = followButtons;
		this.ideas = ideas;
		this.photos = photos;
		this.programme = programme;
		this.comments = comments;
		this.currentUser = currentUser;
		getContent().addClassName("idea-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<IdeaDetails> found = event.getRouteParameters()
			.getLong(ID_PARAMETER)
			.flatMap(id -> reads.idea(id, getLocale()));
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(found.get());
	}

	private void show(IdeaDetails details) {
		idea = details;
		Div content = getContent();
		content.removeAll();
		Span status = new Span(getTranslation("idea.status." + details.status()));
		StatusBadge.mark(status, details.status());
		Paragraph statusLine = new Paragraph(status);
		if (details.status().isListed()) {
			statusLine.add(new Span(" " + getTranslation("idea.status.help." + details.status())));
		}
		if (details.status() == IdeaStatus.ON_BALLOT) {
			// the voting module owns the vote page; a plain link keeps the modules apart
			Anchor vote = new Anchor("vote", getTranslation("idea.page.vote"));
			vote.addClassName("idea-vote-link");
			statusLine.add(new Span(" "), vote);
		}
		content.add(WrittenLanguage.mark(new H1(details.title()), details.language(), getLocale()), statusLine);
		if (details.mine() && !details.status().isPublic()) {
			Paragraph notice = new Paragraph(getTranslation("idea.page.notice." + details.status()));
			notice.addClassName("notice");
			content.add(notice);
		}
		if (details.hidden()) {
			Paragraph notice = new Paragraph(
					details.hiddenReason().isEmpty() ? getTranslation("idea.page.hiddenPending")
							: getTranslation("idea.page.hidden", details.hiddenReason()));
			notice.addClassName("notice");
			content.add(notice);
		}
		if (details.duplicateOf() != null) {
			Paragraph notice = new Paragraph(getTranslation("idea.page.duplicateOf") + " ");
			notice.add(new RouterLink(details.duplicateOf().title(), IdeaView.class,
					new RouteParameters(ID_PARAMETER, details.duplicateOf().id().toString())));
			notice.addClassName("notice");
			content.add(notice);
		}
		if (!details.collectedAt().isEmpty()) {
			Paragraph collected = new Paragraph(getTranslation("idea.page.collected", details.collectedAt()));
			collected.addClassName("idea-card__meta");
			content.add(collected);
		}
		// the support comes before the text, so on a phone it is on the first screen
		content.add(support(details));
		if (details.status().isPublic() && !details.hidden()) {
			content.add(followButtons.create(FollowTarget.idea(details.id()), null, "ideas/" + details.id()));
		}
		content.add(WrittenLanguage.mark(new TextWithLinks(details.description()), details.language(), getLocale()));
		List<PhotoView> pictures = photos.photos(details.id());
		if (!pictures.isEmpty()) {
			content.add(new PhotoGallery(pictures));
		}
		content.add(facts(details));
		if (details.latitude() != null && details.longitude() != null) {
			AreaMap map = new AreaMap(programme.mapSettings(), false, getTranslation("idea.page.map"));
			map.showPin(details.latitude(), details.longitude(), details.title());
			content.add(map);
		}
		content.add(history(details));
		if (details.editable()) {
			content.add(authorActions(details));
		}
		boolean signedIn = currentUser.get().isPresent();
		if (details.status().isPublic()) {
			if (signedIn && !details.mine() && !details.hidden()) {
				Button report = new Button(getTranslation("report.idea"),
						click -> new ReportDialog(comments, details.id(), null).open());
				report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
				content.add(report);
			}
			content.add(new CommentsSection(comments, details.id(), signedIn, details.openForSupport()));
		}
	}

	private DescriptionList facts(IdeaDetails details) {
		DescriptionList facts = new DescriptionList();
		facts.addClassName("data-list");
		// a draft may have none yet
		fact(facts, "idea.page.place",
				details.placeKind() == null ? "" : getTranslation("idea.place." + details.placeKind()));
		// one line for the themes: the programme bureau's filing, else the resident's own
		// choice
		List<String> themes = !details.assignedThemeNames().isEmpty() ? details.assignedThemeNames()
				: details.themeName().isBlank() ? List.of() : List.of(details.themeName());
		fact(facts, themes.size() > 1 ? "idea.page.themes" : "idea.page.theme", String.join(", ", themes));
		fact(facts, "idea.page.goal", details.goalName());
		fact(facts, "idea.page.location", placeInWords(details));
		fact(facts, "idea.page.author",
				details.authorName().isBlank() ? getTranslation("idea.page.unknownAuthor") : details.authorName());
		return facts;
	}

	/**
	 * Ideas sent before a pin needed words have their place only on the map: the text
	 * says where the pin is, so it is not known only to people who see the map.
	 */
	private String placeInWords(IdeaDetails details) {
		if ((details.locationText() == null || details.locationText().isBlank()) && details.latitude() != null
				&& details.longitude() != null) {
			return getTranslation("idea.page.location.pinOnly", details.latitude(), details.longitude());
		}
		return details.locationText();
	}

	private void fact(DescriptionList facts, String termKey, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
		}
	}

	private Section support(IdeaDetails details) {
		supportToggle = null;
		Section section = new Section(new H2(getTranslation("idea.page.support.title")),
				new Paragraph(getTranslation("idea.page.support.count", details.supportCount())));
		section.addClassName("idea-support");
		if (!details.openForSupport()) {
			return section;
		}
		if (currentUser.get().isEmpty()) {
			section.add(new RouterLink(getTranslation("idea.page.support.signIn"), SignInToTakePart.class,
					SignInToTakePart.of(details.id())));
			return section;
		}
		Button toggle = new Button(
				getTranslation(details.supportedByMe() ? "idea.page.support.remove" : "idea.page.support.add"),
				click -> toggleSupport());
		if (!details.supportedByMe()) {
			toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		toggle.setDisableOnClick(true);
		supportToggle = toggle;
		section.add(toggle);
		return section;
	}

	private void toggleSupport() {
		try {
			if (idea.supportedByMe()) {
				ideas.withdrawSupport(idea.id());
				Notification.show(getTranslation("idea.page.support.removed"));
			}
			else {
				ideas.support(idea.id());
				Notification.show(getTranslation("idea.page.support.added"));
			}
		}
		catch (Rejection rejected) {
			RejectionMessages.show(this, rejected);
		}
		reads.idea(idea.id(), getLocale()).ifPresent(this::show);
		// the page is drawn anew: the keyboard stays on the button just pressed
		if (supportToggle != null) {
			supportToggle.focus();
		}
	}

	private Section history(IdeaDetails details) {
		OrderedList steps = new OrderedList();
		steps.addClassName("history");
		details.history().forEach(step -> {
			String what = step.kind() == TimelineKind.STATUS || step.kind() == TimelineKind.DECISION
					? getTranslation("idea.status." + step.status())
					: getTranslation("idea.page.timeline." + step.kind());
			ListItem item = new ListItem(what + " – " + DisplayFormats.dateTime(step.at(), getLocale()));
			if (step.kind() == TimelineKind.ANSWER) {
				item.addClassName("history__answer");
			}
			if (!step.note().isBlank()) {
				Paragraph note = new Paragraph(step.note());
				note.addClassName("history__note");
				item.add(note);
				if (!step.kind().isPublic()) {
					Paragraph privately = new Paragraph(getTranslation("idea.page.timeline.private"));
					privately.addClassName("history__private");
					item.add(privately);
				}
			}
			if (!step.photos().isEmpty()) {
				item.add(new PhotoGallery(step.photos()));
			}
			steps.add(item);
		});
		return new Section(new H2(getTranslation("idea.page.history")), steps);
	}

	private Div authorActions(IdeaDetails details) {
		RouterLink edit = new RouterLink(getTranslation("idea.page.edit"), ProposeIdeaView.class);
		edit.setQueryParameters(QueryParameters.of(ProposeIdeaView.DRAFT_PARAMETER, details.id().toString()));
		Button withdraw = new Button(getTranslation("idea.page.withdraw"), click -> confirmWithdrawal());
		withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Div actions = new Div(edit, withdraw);
		actions.addClassName("actions");
		return actions;
	}

	private void confirmWithdrawal() {
		new Confirmation(getTranslation("idea.page.withdraw.confirm.title"),
				getTranslation("idea.page.withdraw.confirm.text"), getTranslation("idea.page.withdraw.confirm.ok"),
				getTranslation("idea.page.withdraw.confirm.cancel"), () -> {
					try {
						ideas.withdraw(idea.id());
						Notification.show(getTranslation("idea.page.withdrawn"));
						getUI().ifPresent(ui -> ui.navigate(MyIdeasView.class));
					}
					catch (Rejection rejected) {
						RejectionMessages.show(this, rejected);
					}
				})
			.destructive()
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", idea == null ? getTranslation("ideas.title") : idea.title());
	}

}
