package nl.wijkstem.idea.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.idea.IdeaCard;

/**
 * One idea in the list: its title as the link to the idea page, an excerpt, and what the
 * idea is about and how much support it has.
 */
public class IdeaCardComponent extends Composite<ListItem> {

	private final IdeaCard idea;

	private final Span supportCounts = new Span();

	public IdeaCardComponent(IdeaCard idea) {
		this(idea, List.of());
	}

	/**
	 * @param matchedWords the words of the resident's search this idea uses, shown as the
	 * reason it was found; empty without a search
	 */
	IdeaCardComponent(IdeaCard idea, List<String> matchedWords) {
		this.idea = idea;
		ListItem item = getContent();
		item.addClassName("card");
		item.addClassName("idea-card");
		RouterLink link = new RouterLink(idea.title(), IdeaView.class,
				new RouteParameters(IdeaView.ID_PARAMETER, idea.id().toString()));
		H3 title = WrittenLanguage.mark(new H3(link), idea.language(), getLocale());
		title.addClassName("idea-card__title");
		Paragraph excerpt = WrittenLanguage.mark(new Paragraph(idea.excerpt()), idea.language(), getLocale());
		excerpt.addClassName("user-text");

		List<String> about = new ArrayList<>();
		about.add(getTranslation("idea.place." + idea.placeKind()));
		if (!idea.themeName().isBlank()) {
			about.add(idea.themeName());
		}
		if (!idea.goalName().isBlank()) {
			about.add(idea.goalName());
		}
		Paragraph meta = new Paragraph(String.join(" · ", about));
		meta.addClassName("idea-card__meta");

		Span status = new Span(getTranslation("idea.status." + idea.status()));
		StatusBadge.mark(status, idea.status());
		supportCounts.setText(counts(idea.supportCount()));
		Paragraph counts = new Paragraph(status, supportCounts);
		counts.addClassName("idea-card__counts");
		Image picture = idea.firstPhoto() != null ? new Image(idea.firstPhoto().url(), idea.firstPhoto().altText())
				: ThemeIllustration.of(idea.themeCode());
		picture.addClassName("idea-card__photo");
		item.add(picture);
		item.add(title, meta, excerpt, counts);
		if (!matchedWords.isEmpty()) {
			Paragraph found = new Paragraph(getTranslation("ideas.search.matched", String.join(", ", matchedWords)));
			found.addClassName("idea-card__matched");
			item.add(found);
		}
	}

	/** Shows the idea's support as it is now, after this person changed it. */
	void supportCount(int count) {
		supportCounts.setText(counts(count));
	}

	/** Puts the resident's support button (or what stands in its place) on the card. */
	IdeaCardComponent withSupport(CardSupport support) {
		getContent().add(support);
		return this;
	}

	private String counts(int supportCount) {
		return getTranslation("ideas.supports", supportCount) + " · "
				+ getTranslation("ideas.comments", idea.commentCount());
	}

}
