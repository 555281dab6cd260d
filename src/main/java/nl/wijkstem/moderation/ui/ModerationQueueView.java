package nl.wijkstem.moderation.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaPage;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.idea.ReportedPage;
import nl.wijkstem.programme.ProgrammeService;

/**
 * The moderators' queue, oldest first, twenty a page: new submissions, reported ideas and
 * comments, public ideas not yet looked at, and ideas not yet filed under a goal. Ideas
 * can be selected for one action on all of them.
 */
@Route("moderation")
@Menu(order = 50, title = "nav.moderation")
@RolesAllowed(Roles.MODERATOR)
public class ModerationQueueView extends Composite<Div> implements HasDynamicTitle {

	private static final int PAGE_SIZE = 20;

	private final IdeaService ideas;

	private final IdeaModerationService moderation;

	private final Paragraph count = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh());

	private final RadioButtonGroup<QueueTab> show = new RadioButtonGroup<>();

	private final Map<Long, Integer> selected = new LinkedHashMap<>();

	private final BulkActions bulk;

	ModerationQueueView(IdeaService ideas, IdeaModerationService moderation, ProgrammeService programme) {
		this.ideas = ideas;
		this.moderation = moderation;
		this.bulk = new BulkActions(moderation, programme, selected, this::afterBulk);
		getContent().addClassName("moderation-queue");
		list.addClassName("card-list");
		show.setLabel(getTranslation("moderation.show"));
		show.setItems(QueueTab.values());
		show.setItemLabelGenerator(tab -> getTranslation("moderation.tab." + tab.key()));
		show.setValue(QueueTab.WAITING);
		show.addValueChangeListener(change -> {
			pager.reset();
			selected.clear();
			refresh();
		});
		RouterLink collect = new RouterLink(getTranslation("moderation.collect.link"), CollectIdeaView.class);
		collect.addClassName("button-link");
		RouterLink board = new RouterLink(getTranslation("moderation.toBoard"), GoalBoardView.class);
		getContent().add(new H1(getTranslation("moderation.title")), new Paragraph(getTranslation("moderation.intro")),
				new Paragraph(board), new Paragraph(collect), show, count, bulk, list, pager);
		refresh();
	}

	private void afterBulk() {
		selected.clear();
		refresh();
	}

	private void refresh() {
		list.removeAll();
		QueueTab tab = show.getValue();
		bulk.showFor(tab);
		if (tab == QueueTab.REPORTED) {
			ReportedPage reported = moderation.reported(pager.page(), PAGE_SIZE);
			count.setText(getTranslation("moderation.count.reported", reported.total()));
			reported.items().forEach(item -> list.add(reportedItem(item)));
			pager.update(reported.total());
			return;
		}
		IdeaPage page = switch (tab) {
			case UNFILED -> ideas.unfiled(pager.page(), PAGE_SIZE, getLocale());
			case REVIEW -> moderation.awaitingReview(pager.page(), PAGE_SIZE, getLocale());
			default -> ideas.queue(pager.page(), PAGE_SIZE, getLocale());
		};
		count.setText(getTranslation("moderation.count." + tab.key(), page.total()));
		page.cards().forEach(card -> list.add(item(card)));
		pager.update(page.total());
	}

	private ListItem item(IdeaCard card) {
		Checkbox select = new Checkbox(getTranslation("moderation.select", card.title()));
		select.addClassName("select-idea");
		select.setValue(selected.containsKey(card.id()));
		select.addValueChangeListener(change -> {
			if (change.getValue()) {
				selected.put(card.id(), card.version());
			}
			else {
				selected.remove(card.id());
			}
			bulk.selectionChanged();
		});
		Paragraph excerpt = new Paragraph(card.excerpt());
		excerpt.addClassName("user-text");
		Paragraph meta = new Paragraph(getTranslation("idea.status." + card.status()) + " · "
				+ getTranslation("idea.place." + card.placeKind())
				+ (card.themeName().isBlank() ? "" : " · " + card.themeName()));
		meta.addClassName("idea-card__meta");
		ListItem item = new ListItem(new H2(open(card.title(), card.id())), meta, excerpt);
		if (card.publishedAt() != null) {
			item.add(new Paragraph(DisplayFormats.dateTime(card.publishedAt(), getLocale())));
		}
		item.add(select);
		item.addClassName("card");
		return item;
	}

	private ListItem reportedItem(ModerationFacts.ReportSummary report) {
		Paragraph excerpt = new Paragraph(report.excerpt());
		excerpt.addClassName("user-text");
		ListItem item = new ListItem(
				new H2(open(getTranslation(
						report.commentId() == null ? "moderation.reports.idea" : "moderation.reports.comment") + " #"
						+ report.ideaId(), report.ideaId())),
				excerpt, new Paragraph(getTranslation("moderation.reports.count", report.reporters(),
						DisplayFormats.dateTime(report.firstReportedAt(), getLocale()))));
		if (report.hidden()) {
			item.add(new Paragraph(getTranslation("moderation.reports.hiddenNow")));
		}
		item.addClassName("card");
		return item;
	}

	private RouterLink open(String text, Long ideaId) {
		return ModerationItemView.link(text, ideaId, show.getValue());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("moderation.title"));
	}

}
