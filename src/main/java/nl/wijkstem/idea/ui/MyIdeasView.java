package nl.wijkstem.idea.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.MyIdea;

/**
 * The resident's own ideas, drafts included, with where each one stands.
 */
@Route("my/ideas")
@Menu(order = 20, title = "nav.myIdeas")
@RolesAllowed(Roles.RESIDENT)
public class MyIdeasView extends Composite<Div> implements HasDynamicTitle {

	private final IdeaService ideas;

	private final H1 heading = new H1();

	MyIdeasView(IdeaService ideas) {
		this.ideas = ideas;
		getContent().addClassName("my-ideas-view");
		RouterLink propose = new RouterLink(getTranslation("ideas.propose"), ProposeIdeaView.class);
		propose.addClassName("call-to-action");
		heading.setText(getTranslation("myIdeas.title"));
		getContent().add(heading, new Paragraph(getTranslation("myIdeas.intro")), new Paragraph(propose));
		List<MyIdea> mine = ideas.myIdeas();
		if (mine.isEmpty()) {
			getContent().add(new Paragraph(getTranslation("myIdeas.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("card-list");
		mine.forEach(idea -> list.add(item(idea)));
		getContent().add(list);
	}

	private ListItem item(MyIdea idea) {
		RouterLink link;
		if (idea.status() == IdeaStatus.DRAFT || idea.status() == IdeaStatus.CHANGES_REQUESTED) {
			link = new RouterLink(idea.title().isBlank() ? getTranslation("myIdeas.continue") : idea.title(),
					ProposeIdeaView.class);
			link.setQueryParameters(QueryParameters.of(ProposeIdeaView.DRAFT_PARAMETER, idea.id().toString()));
		}
		else {
			link = new RouterLink(idea.title(), IdeaView.class,
					new RouteParameters(IdeaView.ID_PARAMETER, idea.id().toString()));
		}
		Span status = new Span(getTranslation("idea.status." + idea.status()));
		StatusBadge.mark(status, idea.status());
		Paragraph statusLine = new Paragraph(status);
		if (idea.hidden()) {
			Span hidden = new Span(getTranslation("myIdeas.hidden"));
			hidden.addClassName("status-badge");
			statusLine.add(new Span(" "), hidden);
		}
		ListItem item = new ListItem(new H2(link), statusLine);
		if (!idea.latestMessage().isEmpty()) {
			Paragraph message = new Paragraph(getTranslation("myIdeas.message", idea.latestMessage()));
			message.addClassName("user-text");
			item.add(message);
		}
		item.add(new Paragraph(
				getTranslation("myIdeas.updated", DisplayFormats.dateTime(idea.updatedAt(), getLocale()))));
		if (idea.status() == IdeaStatus.DRAFT) {
			Button delete = new Button(getTranslation("propose.draft.delete"), click -> confirmDelete(idea, item));
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			delete.getElement()
				.setAttribute("aria-label", getTranslation("propose.draft.delete") + ": "
						+ (idea.title().isBlank() ? getTranslation("myIdeas.continue") : idea.title()));
			item.add(delete);
		}
		item.addClassName("card");
		return item;
	}

	private void confirmDelete(MyIdea idea, ListItem item) {
		DraftDeletion.confirm(this, () -> ideas.deleteDraft(idea.id()), () -> remove(item));
	}

	/** Takes the deleted draft off the list; the keyboard goes on at the next idea. */
	private void remove(ListItem item) {
		item.getParent().map(UnorderedList.class::cast).ifPresent(list -> {
			List<Component> items = list.getChildren().toList();
			int index = items.indexOf(item);
			list.remove(item);
			Component next = index + 1 < items.size() ? items.get(index + 1)
					: index > 0 ? items.get(index - 1) : heading;
			Focus.on(next);
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("myIdeas.title"));
	}

}
