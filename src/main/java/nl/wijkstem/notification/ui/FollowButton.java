package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.notification.FollowService;

/**
 * One button to follow a thing and to stop following it. It is a toggle button
 * ({@code aria-pressed}) whose words also say the state, for those who do not hear the
 * state; the change is announced in a live region that is on the page from the start (one
 * that appears with its first words is often not read out). The button itself is never
 * drawn anew, so the keyboard stays on it.
 */
class FollowButton extends Composite<Div> {

	private final FollowService follows;

	private final FollowTarget target;

	private final String name;

	private final Button button = new Button();

	private final Span status = new Span();

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
		getContent().add(button, status);
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
		String text = getTranslation(following ? "follow.following" : "follow.follow");
		button.setText(text);
		button.getElement().setAttribute("aria-pressed", String.valueOf(following));
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
