package nl.wijkstem.idea.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import nl.wijkstem.idea.SupportChance;

/**
 * Published ideas like the one being typed, each with the words it shares with it, and a
 * one-click way to support one of them instead; or, once the resident typed something,
 * that nothing like it was found.
 * <p>
 * What changed is told politely to screen readers in a few words by a status beside the
 * panel ({@link #status()}), there and empty from the start: a live region that appears
 * with its first content is often not read at all, and reading out every hint with its
 * buttons at each keystroke would drown the typing.
 * <p>
 * The same matches again (leaving a field saves the draft and looks again) leave the list
 * in place, in its order too: replacing or reordering it between a mouse-down and its
 * click would swallow the click on "support", and near-equal scores swap places when the
 * index takes in a change elsewhere.
 */
class SimilarIdeasPanel extends Composite<Aside> {

	private final IdeaService ideas;

	private final UnorderedList list = new UnorderedList();

	private final Paragraph intro = new Paragraph(getTranslation("propose.similar.intro"));

	private final Paragraph none = new Paragraph(getTranslation("propose.similar.none"));

	private final Paragraph status = new Paragraph();

	/** The hints shown, by idea id, in their order. */
	private final Map<Long, Hint> shown = new LinkedHashMap<>();

	SimilarIdeasPanel(IdeaService ideas) {
		this.ideas = ideas;
		Aside panel = getContent();
		panel.addClassName("similar-ideas");
		panel.add(new H2(getTranslation("propose.similar.title")), intro, none, list);
		panel.setVisible(false);
		status.addClassNames("similar-ideas__status", "sr-only");
		status.getElement().setAttribute("role", "status");
		status.getElement().setAttribute("aria-live", "polite");
	}

	/** The status that tells screen readers what the panel found; the form places it. */
	Paragraph status() {
		return status;
	}

	/**
	 * @param asked whether the resident typed enough to look for similar ideas; until
	 * then the panel stays out of the way
	 */
	void show(List<SimilarIdea> similar, boolean asked) {
		List<Long> ids = similar.stream().map(SimilarIdea::id).toList();
		if (Set.copyOf(ids).equals(shown.keySet())) {
			similar.forEach(idea -> shown.get(idea.id()).count(idea.supportCount()));
		}
		else {
			list.removeAll();
			shown.clear();
			Map<Long, SupportChance> chances = ids.isEmpty() ? Map.of() : ideas.supportChances(ids);
			for (SimilarIdea idea : similar) {
				Hint hint = new Hint(idea, chances.getOrDefault(idea.id(), SupportChance.CLOSED));
				shown.put(idea.id(), hint);
				list.add(hint.item);
			}
		}
		intro.setVisible(!similar.isEmpty());
		list.setVisible(!similar.isEmpty());
		none.setVisible(similar.isEmpty());
		boolean shown = asked || !similar.isEmpty();
		getContent().setVisible(shown);
		String told = !shown ? "" : similar.isEmpty() ? getTranslation("propose.similar.none")
				: getTranslation("propose.similar.found", similar.size());
		// the same words again would be read out again
		if (!told.equals(status.getText())) {
			status.setText(told);
		}
	}

	/** One similar idea in the list, updated in place. */
	private final class Hint {

		private final SimilarIdea idea;

		private final ListItem item = new ListItem();

		private final Span meta = new Span();

		private final Paragraph state = new Paragraph();

		private Hint(SimilarIdea idea, SupportChance chance) {
			this.idea = idea;
			RouterLink link = new RouterLink(idea.title(), IdeaView.class,
					new RouteParameters(IdeaView.ID_PARAMETER, idea.id().toString()));
			meta.addClassName("similar-ideas__meta");
			count(idea.supportCount());
			item.add(link, meta);
			if (!idea.sharedWords().isEmpty()) {
				Span shared = new Span(
						getTranslation("propose.similar.sharedWords", String.join(", ", idea.sharedWords())));
				shared.addClassName("similar-ideas__reason");
				item.add(shared);
			}
			state.addClassName("similar-ideas__state");
			switch (chance) {
				case OPEN -> item.add(supportButton());
				case SUPPORTED -> supported();
				case OWN -> stateText("propose.similar.own");
				case CLOSED -> stateText("propose.similar.closed");
			}
			item.addClassName("similar-ideas__item");
		}

		private Button supportButton() {
			Button support = new Button(getTranslation("propose.similar.support"));
			support.addThemeVariants(ButtonVariant.LUMO_SMALL);
			support.setDisableOnClick(true);
			support.addClickListener(click -> {
				try {
					ideas.support(idea.id());
					count(ideas.supportCount(idea.id()));
					// the button stays where the click was, disabled, saying what
					// happened
					support.setText(getTranslation("propose.similar.supported"));
				}
				catch (Rejection rejected) {
					RejectionMessages.show(this.item, rejected);
					support.setEnabled(true);
				}
			});
			return support;
		}

		private void supported() {
			stateText("propose.similar.supported");
			state.addClassName("similar-ideas__state--supported");
		}

		private void stateText(String key) {
			state.setText(getTranslation(key));
			item.add(state);
		}

		private void count(int supportCount) {
			meta.setText(getTranslation("ideas.supports", supportCount)
					+ (idea.nearby() ? " · " + getTranslation("propose.similar.nearby") : ""));
		}

	}

}
