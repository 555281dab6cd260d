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
 * One idea in a short list (the programme's ideas done): its title as the link to the
 * idea page, an excerpt, and what the idea is about and how much support it has. The long
 * idea list draws the same card from a template ({@link IdeaCardList}).
 */
public class IdeaCardComponent extends Composite<ListItem> {

	public IdeaCardComponent(IdeaCard idea) {
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
		Span supportCounts = new Span(getTranslation("ideas.supports", idea.supportCount()) + " · "
				+ getTranslation("ideas.comments", idea.commentCount()));
		Paragraph counts = new Paragraph(status, supportCounts);
		counts.addClassName("idea-card__counts");
		Image picture = idea.firstPhoto() != null ? new Image(idea.firstPhoto().url(), idea.firstPhoto().altText())
				: ThemeIllustration.of(idea.themeCode());
		picture.addClassName("idea-card__photo");
		item.add(picture);
		item.add(title, meta, excerpt, counts);
	}

}
