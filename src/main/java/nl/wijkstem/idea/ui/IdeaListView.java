package nl.wijkstem.idea.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaPage;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.SupportChance;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.ui.FollowButtons;
import nl.wijkstem.base.security.Roles;
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
public class IdeaListView extends Composite<Div> implements HasDynamicTitle, BeforeEnterObserver {

	static final int PAGE_SIZE = 20;

	/**
	 * The list's address keeps its search, filters and page: Back, reload and sharing.
	 */
	static final String TEXT = "q", GOAL = "goal", THEME = "theme", STATUS = "status", PLACE = "place", SORT = "sort",
			PAGE = "page";

	private static final int MAP_PINS = 300;

	private final PublicIdeaService ideas;

	private final TextField search = new TextField();

	private final Select<ProgrammeOverview.Category> goal = new Select<>();

	private final Select<ProgrammeOverview.Category> theme = new Select<>();

	private final Select<IdeaStatus> status = new Select<>();

	private final Select<PlaceKind> place = new Select<>();

	private final Select<IdeaSort> sort = new Select<>();

	private final H2 count = new H2();

	/** The filters beyond the search, folded away on a phone. */
	private final Details filterPanel = new Details();

	/** From this width (CSS pixels) the filters start open. */
	private static final int WIDE_SCREEN = 768;

	private final IdeaCardList results;

	private final Pager pager = new Pager(PAGE_SIZE, page -> {
		refresh();
		// a new page starts at its heading, not at the top of the site
		count.getElement().callJsFunction("focus");
	});

	private final Div mapHolder = new Div();

	private final ProgrammeService programme;

	private final IdeaService ideaService;

	private final CurrentUser currentUser;

	private AreaMap map;

	private final FollowButtons followButtons;

	/** Follow buttons for the goal and the theme the list is filtered by, if any. */
	private final Div following = new Div();

	/** The goal and theme the follow buttons are for, so they are made anew only then. */
	private List<Long> followed = List.of();

	/** While the fields are set from the address, their changes search nothing yet. */
	private boolean restoring;

	/**
	 * The list's address filtered by a goal and a status (either may be {@code null}),
	 * for links from other pages.
	 */
	public static QueryParameters filteredBy(Long goalId, IdeaStatus status) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (goalId != null) {
			parameters.put(GOAL, List.of(goalId.toString()));
		}
		if (status != null) {
			parameters.put(STATUS, List.of(status.name()));
		}
		return new QueryParameters(parameters);
	}

	IdeaListView(PublicIdeaService ideas, ProgrammeService programme, IdeaService ideaService, CurrentUser currentUser,
			FollowButtons followButtons) {
		this.ideas = ideas;
		this.followButtons = followButtons;
		this.programme = programme;
		this.ideaService = ideaService;
		this.currentUser = currentUser;
		this.results = new IdeaCardList(ideaService);
		ProgrammeOverview overview = programme.overview(getLocale());
		RouterLink propose = new RouterLink(getTranslation("ideas.propose"), ProposeIdeaView.class);
		propose.addClassName("call-to-action");
		getContent().addClassName("idea-list-view");
		getContent().add(new H1(getTranslation("ideas.title")), new Paragraph(getTranslation("ideas.intro")),
				new Paragraph(propose), filters(overview), following, mapToggle(), mapHolder, count, results, pager);
		following.addClassName("idea-list-view__following");
		mapHolder.addClassName("map-holder");
		count.getElement().setAttribute("aria-live", "polite");
		count.getElement().setAttribute("tabindex", "-1");
		count.addClassName("idea-list-view__count");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		restoring = true;
		try {
			search.setValue(first(parameters, TEXT));
			goal.setValue(category(goal, first(parameters, GOAL)));
			theme.setValue(category(theme, first(parameters, THEME)));
			IdeaStatus chosenStatus = constant(IdeaStatus.class, first(parameters, STATUS));
			status.setValue(IdeaStatus.LISTED.contains(chosenStatus) ? chosenStatus : null);
			place.setValue(constant(PlaceKind.class, first(parameters, PLACE)));
			IdeaSort chosenSort = constant(IdeaSort.class, first(parameters, SORT));
			sort.setValue(chosenSort != null ? chosenSort
					: search.getValue().isBlank() ? IdeaSort.NEWEST : IdeaSort.RELEVANCE);
			pager.setPage(number(first(parameters, PAGE)) - 1);
			if (goal.getValue() != null || theme.getValue() != null || status.getValue() != null
					|| place.getValue() != null || chosenSort != null) {
				filterPanel.setOpened(true);
			}
		}
		finally {
			restoring = false;
		}
		refresh();
	}

	private Section filters(ProgrammeOverview overview) {
		search.setLabel(getTranslation("ideas.search"));
		search.setPlaceholder(getTranslation("ideas.search.placeholder"));
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setValueChangeTimeout(500);
		search.setClearButtonVisible(true);
		search.addValueChangeListener(change -> {
			if (!restoring) {
				sort.setValue(change.getValue().isBlank() ? IdeaSort.NEWEST : IdeaSort.RELEVANCE);
				restart();
			}
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
		Div fields = new Div(goal, theme, status, place, sort);
		fields.addClassName("filter-fields");
		filterPanel.setSummaryText(getTranslation("ideas.filters.more"));
		filterPanel.add(fields);
		filterPanel.addClassName("idea-filters__more");
		// open on a wide screen; on a phone the five choices would fill the first screen
		UI.getCurrent()
			.getPage()
			.retrieveExtendedClientDetails(client -> filterPanel
				.setOpened(filterPanel.isOpened() || client.getWindowInnerWidth() >= WIDE_SCREEN));
		search.addClassName("idea-filters__search");
		Section section = new Section(search, filterPanel);
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
		select.setItemLabelGenerator(
				category -> category == null ? getTranslation("ideas.filter.any") : category.shortName());
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
		if (restoring) {
			return;
		}
		pager.reset();
		refresh();
	}

	private void refresh() {
		IdeaPage found = ideas.search(query(), pager.page(), PAGE_SIZE, getLocale());
		if (found.cards().isEmpty() && pager.page() > 0) {
			// a page that no longer exists, from an old or shared address
			pager.reset();
			found = ideas.search(query(), 0, PAGE_SIZE, getLocale());
		}
		remember();
		showFollowing();
		showPins();
		Map<Long, SupportChance> chances = currentUser.hasRole(Roles.RESIDENT) && !found.cards().isEmpty()
				? ideaService.supportChances(found.cards().stream().map(IdeaCard::id).toList()) : Map.of();
		results.show(found.cards(), found.matchedWords(), chances);
		count.setText(found.total() == 0 ? getTranslation("ideas.none") : getTranslation("ideas.count", found.total()));
		pager.update(found.total());
	}

	/**
	 * A list filtered by one goal or theme is the page of that goal or theme: it can be
	 * followed here.
	 */
	private void showFollowing() {
		ProgrammeOverview.Category goalChosen = goal.getValue();
		ProgrammeOverview.Category themeChosen = theme.getValue();
		List<Long> now = Arrays.asList(goalChosen == null ? null : goalChosen.id(),
				themeChosen == null ? null : themeChosen.id());
		if (now.equals(followed)) {
			return;
		}
		followed = now;
		following.removeAll();
		if (goalChosen != null) {
			following.add(followButtons.create(FollowTarget.goal(goalChosen.id()), goalChosen.name(),
					"ideas?" + GOAL + "=" + goalChosen.id()));
		}
		if (themeChosen != null) {
			following.add(followButtons.create(FollowTarget.theme(themeChosen.id()), themeChosen.name(),
					"ideas?" + THEME + "=" + themeChosen.id()));
		}
	}

	/** Puts the search, filters and page in the address, in place of the one there. */
	private void remember() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		put(parameters, TEXT, search.getValue().strip());
		put(parameters, GOAL, goal.getValue() == null ? "" : goal.getValue().id().toString());
		put(parameters, THEME, theme.getValue() == null ? "" : theme.getValue().id().toString());
		put(parameters, STATUS, status.getValue() == null ? "" : status.getValue().name());
		put(parameters, PLACE, place.getValue() == null ? "" : place.getValue().name());
		IdeaSort usual = search.getValue().isBlank() ? IdeaSort.NEWEST : IdeaSort.RELEVANCE;
		put(parameters, SORT, sort.getValue() == usual ? "" : sort.getValue().name());
		put(parameters, PAGE, pager.page() == 0 ? "" : String.valueOf(pager.page() + 1));
		Location here = new Location(RouteConfiguration.forSessionScope().getUrl(IdeaListView.class),
				new QueryParameters(parameters));
		getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, here));
	}

	private static void put(Map<String, List<String>> parameters, String name, String value) {
		if (!value.isEmpty()) {
			parameters.put(name, List.of(value));
		}
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.getOrDefault(name, List.of());
		return values.isEmpty() ? "" : values.getFirst().strip();
	}

	private static ProgrammeOverview.Category category(Select<ProgrammeOverview.Category> select, String id) {
		return select.getListDataView()
			.getItems()
			.filter(category -> category != null && category.id().toString().equals(id))
			.findFirst()
			.orElse(null);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	/** A page number from the address: 1 for anything that is not a sensible one. */
	private static int number(String text) {
		return text.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(text) : 1;
	}

	private static Long idOf(ProgrammeOverview.Category category) {
		return category == null ? null : category.id();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("ideas.title"));
	}

}
