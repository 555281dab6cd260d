package nl.wijkstem.idea.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.idea.IdeaPage;
import nl.wijkstem.idea.IdeaQuery;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaSort;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.ui.AreaMap;

/**
 * All published ideas: full-text search, filters, sorting and pages of 20. Each page
 * costs a fixed number of queries, however many ideas there are.
 */
@Route("ideas")
@Menu(order = 10, title = "nav.ideas")
@AnonymousAllowed
public class IdeaListView extends Composite<Div> implements HasDynamicTitle {

	static final int PAGE_SIZE = 20;

	private static final int MAP_PINS = 300;

	private final PublicIdeaService ideas;

	private final TextField search = new TextField();

	private final Select<ProgrammeOverview.Category> goal = new Select<>();

	private final Select<ProgrammeOverview.Category> theme = new Select<>();

	private final Select<IdeaStatus> status = new Select<>();

	private final Select<PlaceKind> place = new Select<>();

	private final Select<IdeaSort> sort = new Select<>();

	private final Paragraph count = new Paragraph();

	private final UnorderedList results = new UnorderedList();

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh());

	private final Div mapHolder = new Div();

	private final ProgrammeService programme;

	private AreaMap map;

	IdeaListView(PublicIdeaService ideas, ProgrammeService programme) {
		this.ideas = ideas;
		this.programme = programme;
		ProgrammeOverview overview = programme.overview(getLocale());
		RouterLink propose = new RouterLink(getTranslation("ideas.propose"), ProposeIdeaView.class);
		propose.addClassName("call-to-action");
		getContent().addClassName("idea-list-view");
		getContent().add(new H1(getTranslation("ideas.title")), new Paragraph(getTranslation("ideas.intro")),
				new Paragraph(propose), filters(overview), mapToggle(), mapHolder, count, results, pager);
		mapHolder.addClassName("map-holder");
		count.getElement().setAttribute("aria-live", "polite");
		results.addClassName("card-list");
		results.addClassName("idea-list");
		refresh();
	}

	private Section filters(ProgrammeOverview overview) {
		search.setLabel(getTranslation("ideas.search"));
		search.setPlaceholder(getTranslation("ideas.search.placeholder"));
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setValueChangeTimeout(500);
		search.setClearButtonVisible(true);
		search.addValueChangeListener(change -> {
			sort.setValue(change.getValue().isBlank() ? IdeaSort.NEWEST : IdeaSort.RELEVANCE);
			restart();
		});
		categorySelect(goal, "ideas.filter.goal", overview.goals());
		categorySelect(theme, "ideas.filter.theme", overview.themes());
		enumSelect(status, "ideas.filter.status", List.copyOf(IdeaStatus.LISTED), "idea.status.");
		enumSelect(place, "ideas.filter.place", Arrays.asList(PlaceKind.values()), "idea.place.");
		sort.setLabel(getTranslation("ideas.filter.sort"));
		sort.setItems(IdeaSort.values());
		sort.setItemLabelGenerator(value -> getTranslation("idea.sort." + value));
		sort.setValue(IdeaSort.NEWEST);
		sort.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				restart();
			}
		});
		Div fields = new Div(search, goal, theme, status, place, sort);
		fields.addClassName("filter-fields");
		Section section = new Section(fields);
		section.addClassName("filters");
		section.getElement().setAttribute("aria-label", getTranslation("ideas.filters"));
		return section;
	}

	private void categorySelect(Select<ProgrammeOverview.Category> select, String labelKey,
			List<ProgrammeOverview.Category> categories) {
		select.setLabel(getTranslation(labelKey));
		select.setItems(categories);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
		select
			.setItemLabelGenerator(category -> category == null ? getTranslation("ideas.filter.any") : category.name());
		select.addValueChangeListener(change -> restart());
	}

	private <E extends Enum<E>> void enumSelect(Select<E> select, String labelKey, List<E> values,
			String itemKeyPrefix) {
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
		select.setItemLabelGenerator(value -> value == null ? getTranslation("ideas.filter.any")
				: getTranslation(itemKeyPrefix + value.name()));
		select.addValueChangeListener(change -> restart());
	}

	private Button mapToggle() {
		Button toggle = new Button(getTranslation("ideas.map.show"));
		toggle.getElement().setAttribute("aria-expanded", "false");
		toggle.addClickListener(click -> {
			boolean show = map == null;
			if (show) {
				map = new AreaMap(programme.mapSettings(), false, getTranslation("ideas.map.label"));
				mapHolder.add(new Paragraph(getTranslation("ideas.map.alternative")), map);
				showPins();
			}
			else {
				mapHolder.removeAll();
				map = null;
			}
			toggle.setText(getTranslation(show ? "ideas.map.hide" : "ideas.map.show"));
			toggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
		});
		return toggle;
	}

	private void showPins() {
		if (map == null) {
			return;
		}
		map.showMarkers(ideas.pins(query(), MAP_PINS)
			.stream()
			.map(pin -> new AreaMap.Marker(pin.latitude(), pin.longitude(), pin.title(),
					RouteConfiguration.forSessionScope()
						.getUrl(IdeaView.class, new RouteParameters(IdeaView.ID_PARAMETER, pin.id().toString()))))
			.toList());
	}

	private IdeaQuery query() {
		return new IdeaQuery(search.getValue(), idOf(goal.getValue()), idOf(theme.getValue()), status.getValue(),
				place.getValue(), sort.getValue());
	}

	private void restart() {
		pager.reset();
		refresh();
	}

	private void refresh() {
		IdeaPage found = ideas.search(query(), pager.page(), PAGE_SIZE, getLocale());
		showPins();
		results.removeAll();
		found.cards().forEach(card -> results.add(new IdeaCardComponent(card)));
		count.setText(found.total() == 0 ? getTranslation("ideas.none") : getTranslation("ideas.count", found.total()));
		pager.update(found.total());
	}

	private static Long idOf(ProgrammeOverview.Category category) {
		return category == null ? null : category.id();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("ideas.title"));
	}

}
