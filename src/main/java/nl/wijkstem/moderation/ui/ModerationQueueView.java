package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaPage;
import nl.wijkstem.idea.IdeaService;

/**
 * Submitted ideas waiting for a moderator, oldest first, twenty a page.
 */
@Route("moderation")
@Menu(order = 50, title = "nav.moderation")
@RolesAllowed(Roles.MODERATOR)
public class ModerationQueueView extends Composite<Div> implements HasDynamicTitle {

	private static final int PAGE_SIZE = 20;

	private final IdeaService ideas;

	private final Paragraph count = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh());

	private static final String WAITING = "waiting";

	private static final String UNFILED = "unfiled";

	private final RadioButtonGroup<String> show = new RadioButtonGroup<>();

	ModerationQueueView(IdeaService ideas) {
		this.ideas = ideas;
		getContent().addClassName("moderation-queue");
		list.addClassName("card-list");
		show.setLabel(getTranslation("moderation.show"));
		show.setItems(WAITING, UNFILED);
		show.setItemLabelGenerator(value -> getTranslation("moderation.tab." + value));
		show.setValue(WAITING);
		show.addValueChangeListener(change -> {
			pager.reset();
			refresh();
		});
		RouterLink board = new RouterLink(getTranslation("moderation.toBoard"), GoalBoardView.class);
		getContent().add(new H1(getTranslation("moderation.title")), new Paragraph(getTranslation("moderation.intro")),
				new Paragraph(board), show, count, list, pager);
		refresh();
	}

	private void refresh() {
		boolean waitingList = !UNFILED.equals(show.getValue());
		IdeaPage waiting = waitingList ? ideas.queue(pager.page(), PAGE_SIZE, getLocale())
				: ideas.unfiled(pager.page(), PAGE_SIZE, getLocale());
		count.setText(getTranslation(waitingList ? "moderation.count" : "moderation.count.unfiled", waiting.total()));
		list.removeAll();
		waiting.cards().forEach(card -> list.add(item(card)));
		pager.update(waiting.total());
	}

	private ListItem item(IdeaCard card) {
		RouterLink open = new RouterLink(card.title(), ModerationItemView.class,
				new RouteParameters(ModerationItemView.ID_PARAMETER, card.id().toString()));
		Paragraph excerpt = new Paragraph(card.excerpt());
		excerpt.addClassName("user-text");
		Paragraph meta = new Paragraph(getTranslation("idea.place." + card.placeKind())
				+ (card.themeName().isBlank() ? "" : " · " + card.themeName()));
		meta.addClassName("idea-card__meta");
		ListItem item = new ListItem(new H2(open), meta, excerpt);
		if (card.publishedAt() != null) {
			item.add(new Paragraph(DisplayFormats.dateTime(card.publishedAt(), getLocale())));
		}
		item.addClassName("card");
		return item;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("moderation.title"));
	}

}
