package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.notification.FollowService;

/**
 * One button to follow a thing and to stop following it. It is a toggle button
 * ({@code aria-pressed}) whose name stays "Volgen": a toggle whose name changed with its
 * state would be read as "Je volgt dit, pressed" and leave people guessing what a press
 * does. Sighted people see the state in a check mark and the words beside the button; the
 * change is announced in a live region that is on the page from the start (one that
 * appears with its first words is often not read out). The button itself is never drawn
 * anew, so the keyboard stays on it.
 */
class FollowButton extends Composite<Div> {

	private final FollowService follows;

	private final FollowTarget target;

	private final String name;

	private final Button button = new Button();

	private final Span status = new Span();

	private final Span state = new Span();

	private boolean following;

	FollowButton(FollowService follows, FollowTarget target, String name, boolean following) {
		this.follows = follows;
		this.target = target;
		this.name = name;
		this.following = following;
		button.addClassName("follow-button__button");
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.addClickListener(click -> toggle());
		status.addClassNames("follow-button__status", "sr-only");
		status.getElement().setAttribute("role", "status");
		status.getElement().setAttribute("aria-live", "polite");
		getContent().addClassName("follow-button");
		state.addClassName("follow-button__state");
		// the pressed state says it to a screen reader already
		state.getElement().setAttribute("aria-hidden", "true");
		getContent().add(button, state, status);
		draw();
	}

	private void toggle() {
		try {
			if (following) {
				follows.unfollow(target);
			}
			else {
				follows.follow(target);
			}
			following = !following;
			draw();
			status.setText(getTranslation(following ? "follow.followed" : "follow.unfollowed"));
		}
		catch (Rejection rejected) {
			RejectionMessages.show(this, rejected);
		}
		button.focus();
	}

	private void draw() {
		String text = getTranslation("follow.follow");
		button.setText(text);
		button.setIcon(following ? VaadinIcon.CHECK.create() : null);
		button.getElement().setAttribute("aria-pressed", String.valueOf(following));
		state.setText(following ? getTranslation("follow.following") : "");
		state.setVisible(following);
		if (name != null && !name.isBlank()) {
			// several on one page: the name says which; it starts with the visible words
			button.setAriaLabel(getTranslation("follow.named", text, name));
		}
		if (following) {
			button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
			button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
		}
		else {
			button.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
			button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
	}

}
