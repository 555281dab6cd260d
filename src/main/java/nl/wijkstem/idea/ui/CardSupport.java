package nl.wijkstem.idea.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.SupportChance;

/**
 * Support from the idea list, for a signed-in resident: a button that supports the idea
 * or takes the support back, offered only where the service would accept it. It stays
 * where it is and keeps the keyboard, with its new words; its name says which idea it is
 * for, as several stand on one page.
 */
class CardSupport extends Composite<Div> {

	private final IdeaService ideas;

	private final IdeaCard idea;

	private final IntConsumer countChanged;

	private final Button toggle = new Button();

	private boolean supported;

	CardSupport(IdeaService ideas, IdeaCard idea, SupportChance chance, IntConsumer countChanged) {
		this.ideas = ideas;
		this.idea = idea;
		this.countChanged = countChanged;
		Div content = getContent();
		content.addClassName("idea-card__support");
		switch (chance) {
			case OPEN, SUPPORTED -> {
				supported = chance == SupportChance.SUPPORTED;
				toggle.addClickListener(click -> toggle());
				label();
				content.add(toggle);
			}
			case OWN -> content.add(new Span(getTranslation("ideas.card.own")));
			case CLOSED -> content.setVisible(false);
		}
	}

	private void toggle() {
		try {
			if (supported) {
				ideas.withdrawSupport(idea.id());
			}
			else {
				ideas.support(idea.id());
			}
			supported = !supported;
			countChanged.accept(ideas.supportCount(idea.id()));
			label();
		}
		catch (Rejection rejected) {
			RejectionMessages.show(this, rejected);
		}
	}

	private void label() {
		String words = getTranslation(supported ? "idea.page.support.remove" : "idea.page.support.add");
		toggle.setText(words);
		toggle.setAriaLabel(getTranslation("ideas.card.support.label", words, idea.title()));
		toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
		if (!supported) {
			toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
	}

}
