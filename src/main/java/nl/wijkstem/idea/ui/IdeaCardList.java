package nl.wijkstem.idea.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.SupportChance;

/**
 * The cards of one page of the idea list, drawn in the browser from one template: the
 * server keeps a single component for the list and the cards' data, not a component tree
 * per card, which made the list most of a session's heap (issue 17). The card is the one
 * {@link IdeaCardComponent} draws: a heading with a real link to the idea page, what the
 * idea is about, its status and support, its picture; for a signed-in resident, the
 * support button, whose name says which idea it is for. The resident's words are bound as
 * text, never as HTML.
 */
class IdeaCardList extends Composite<VirtualList<IdeaCardList.Row>> {

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar");

	/**
	 * The heading's link; a router link, so the router navigates and middle-click opens a
	 * tab.
	 */
	private static final String LINK = "<a href=\"${item.href}\" router-link>${item.title}</a>";

	private static final String TEMPLATE = """
			<div class="card idea-card">\
			${item.photo ? html`<img class="idea-card__photo" src="${item.photo}" alt="${item.alt}">` \
			: html`<img class="idea-card__photo theme-illustration" src="${item.illustration}" alt="">`}\
			${item.lang ? html`<h3 class="idea-card__title" lang="${item.lang}" dir="${item.dir}">{link}</h3>` \
			: html`<h3 class="idea-card__title">{link}</h3>`}\
			<p class="idea-card__meta">${item.meta}</p>\
			${item.lang ? html`<p class="user-text" lang="${item.lang}" dir="${item.dir}">${item.excerpt}</p>` \
			: html`<p class="user-text">${item.excerpt}</p>`}\
			<p class="idea-card__counts"><span class="${item.statusClass}">${item.status}</span><span>${item.counts}</span></p>\
			${item.matched ? html`<p class="idea-card__matched">${item.matched}</p>` : ''}\
			${item.support ? html`<div class="idea-card__support"><vaadin-button theme="${item.supportTheme}" \
			aria-label="${item.supportLabel}" @click="${toggleSupport}">${item.support}</vaadin-button></div>` : ''}\
			${item.own ? html`<div class="idea-card__support"><span>${item.own}</span></div>` : ''}\
			</div>"""
		.replace("{link}", LINK);

	private final IdeaService ideas;

	/** One card: the idea as found, and the resident's support as it is now. */
	static final class Row {

		private final IdeaCard idea;

		private final List<String> matchedWords;

		private SupportChance chance;

		private int supportCount;

		private Row(IdeaCard idea, List<String> matchedWords, SupportChance chance) {
			this.idea = idea;
			this.matchedWords = matchedWords;
			this.chance = chance;
			this.supportCount = idea.supportCount();
		}

	}

	IdeaCardList(IdeaService ideas) {
		this.ideas = ideas;
		VirtualList<Row> list = getContent();
		list.addClassName("idea-list");
		list.setRenderer(
				LitRenderer.<Row>of(TEMPLATE)
					.withProperty("href", row -> RouteConfiguration.forSessionScope()
						.getUrl(IdeaView.class, new RouteParameters(IdeaView.ID_PARAMETER, row.idea.id().toString())))
					.withProperty("title", row -> row.idea.title())
					.withProperty("photo", row -> row.idea.firstPhoto() == null ? "" : row.idea.firstPhoto().url())
					.withProperty("alt",
							row -> row.idea.firstPhoto() == null ? ""
									: Objects.toString(row.idea.firstPhoto().altText(), ""))
					.withProperty("illustration", row -> ThemeIllustration.source(row.idea.themeCode()))
					.withProperty("lang", row -> markedLanguage(row.idea.language(), getLocale()))
					.withProperty("dir", row -> RIGHT_TO_LEFT.contains(row.idea.language()) ? "rtl" : "ltr")
					.withProperty("meta", this::about)
					.withProperty("excerpt", row -> row.idea.excerpt())
					.withProperty("statusClass",
							row -> String.join(" ", "status-badge",
									"status-badge--"
											+ row.idea.status().name().toLowerCase(Locale.ROOT).replace('_', '-')))
					.withProperty("status", row -> getTranslation("idea.status." + row.idea.status()))
					.withProperty("counts", this::counts)
					.withProperty("matched",
							row -> row.matchedWords.isEmpty() ? ""
									: getTranslation("ideas.search.matched", String.join(", ", row.matchedWords)))
					.withProperty("support", row -> canToggle(row) ? supportWords(row) : "")
					.withProperty("supportLabel", row -> canToggle(row)
							? getTranslation("ideas.card.support.label", supportWords(row), row.idea.title()) : "")
					.withProperty("supportTheme",
							row -> row.chance == SupportChance.SUPPORTED ? ButtonVariant.LUMO_SMALL.getVariantName()
									: String.join(" ", ButtonVariant.LUMO_PRIMARY.getVariantName(),
											ButtonVariant.LUMO_SMALL.getVariantName()))
					.withProperty("own", row -> row.chance == SupportChance.OWN ? getTranslation("ideas.card.own") : "")
					.withFunction("toggleSupport", this::toggleSupport));
	}

	/**
	 * Shows these cards in place of the ones shown.
	 * @param matchedWords per idea, the words of the search it was found for
	 * @param chances per idea, the resident's chance to support it; none for a visitor
	 */
	void show(List<IdeaCard> cards, Map<Long, List<String>> matchedWords, Map<Long, SupportChance> chances) {
		List<Row> rows = new ArrayList<>(cards.size());
		cards.forEach(card -> rows
			.add(new Row(card, matchedWords.getOrDefault(card.id(), List.of()), chances.get(card.id()))));
		getContent().setItems(rows);
		// the whole page with the view's own response: no round of empty cards first
		getContent().getDataCommunicator().setRequestedRange(0, rows.size());
	}

	private String about(Row row) {
		List<String> about = new ArrayList<>();
		about.add(getTranslation("idea.place." + row.idea.placeKind()));
		if (!row.idea.themeName().isBlank()) {
			about.add(row.idea.themeName());
		}
		if (!row.idea.goalName().isBlank()) {
			about.add(row.idea.goalName());
		}
		return String.join(" · ", about);
	}

	private String counts(Row row) {
		return getTranslation("ideas.supports", row.supportCount) + " · "
				+ getTranslation("ideas.comments", row.idea.commentCount());
	}

	private static boolean canToggle(Row row) {
		return row.chance == SupportChance.OPEN || row.chance == SupportChance.SUPPORTED;
	}

	private String supportWords(Row row) {
		return getTranslation(
				row.chance == SupportChance.SUPPORTED ? "idea.page.support.remove" : "idea.page.support.add");
	}

	/**
	 * Supports the idea or takes the support back; the card is drawn anew in place, so
	 * the button keeps the keyboard.
	 */
	private void toggleSupport(Row row) {
		if (!canToggle(row)) {
			return;
		}
		try {
			if (row.chance == SupportChance.SUPPORTED) {
				ideas.withdrawSupport(row.idea.id());
				row.chance = SupportChance.OPEN;
			}
			else {
				ideas.support(row.idea.id());
				row.chance = SupportChance.SUPPORTED;
			}
			row.supportCount = ideas.supportCount(row.idea.id());
			getContent().getDataProvider().refreshItem(row);
		}
		catch (Rejection rejected) {
			RejectionMessages.show(this, rejected);
		}
	}

	/**
	 * The language to mark the idea's words with: only one that is known and is not the
	 * page's, as {@code WrittenLanguage} does for components; empty for none. (Properties
	 * the template does not show are empty rather than null: both are false to it.)
	 */
	private static String markedLanguage(String language, Locale page) {
		return language == null || language.isBlank() || "und".equals(language) || language.equals(page.getLanguage())
				? "" : language;
	}

}
