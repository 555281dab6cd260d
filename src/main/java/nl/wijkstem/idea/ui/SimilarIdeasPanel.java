package nl.wijkstem.idea.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.SimilarIdea;

/**
 * Published ideas like the one being typed, each with the words it shares with it, and a
 * one-click way to support one of them instead; or, once the resident typed something,
 * that nothing like it was found. Announced politely to screen readers as it changes.
 */
class SimilarIdeasPanel extends Composite<Aside> {

	private final IdeaService ideas;

	private final UnorderedList list = new UnorderedList();

	private final Paragraph intro = new Paragraph(getTranslation("propose.similar.intro"));

	private final Paragraph none = new Paragraph(getTranslation("propose.similar.none"));

	SimilarIdeasPanel(IdeaService ideas) {
		this.ideas = ideas;
		Aside panel = getContent();
		panel.addClassName("similar-ideas");
		panel.getElement().setAttribute("aria-live", "polite");
		panel.add(new H2(getTranslation("propose.similar.title")), intro, none, list);
		panel.setVisible(false);
	}

	/**
	 * @param asked whether the resident typed enough to look for similar ideas; until
	 * then the panel stays out of the way
	 */
	void show(List<SimilarIdea> similar, boolean asked) {
		list.removeAll();
		similar.forEach(idea -> list.add(item(idea)));
		intro.setVisible(!similar.isEmpty());
		list.setVisible(!similar.isEmpty());
		none.setVisible(similar.isEmpty());
		getContent().setVisible(asked || !similar.isEmpty());
	}

	private ListItem item(SimilarIdea idea) {
		RouterLink link = new RouterLink(idea.title(), IdeaView.class,
				new RouteParameters(IdeaView.ID_PARAMETER, idea.id().toString()));
		Span count = new Span(getTranslation("ideas.supports", idea.supportCount())
				+ (idea.nearby() ? " · " + getTranslation("propose.similar.nearby") : ""));
		count.addClassName("similar-ideas__meta");
		Button support = new Button(getTranslation("propose.similar.support"));
		support.addThemeVariants(ButtonVariant.LUMO_SMALL);
		support.addClickListener(click -> {
			try {
				ideas.support(idea.id());
				support.setText(getTranslation("propose.similar.supported"));
				support.setEnabled(false);
			}
			catch (Rejection rejected) {
				RejectionMessages.show(this, rejected);
			}
		});
		ListItem item = new ListItem(link, count);
		if (!idea.sharedWords().isEmpty()) {
			Span shared = new Span(
					getTranslation("propose.similar.sharedWords", String.join(", ", idea.sharedWords())));
			shared.addClassName("similar-ideas__reason");
			item.add(shared);
		}
		item.add(support);
		item.addClassName("similar-ideas__item");
		return item;
	}

}
