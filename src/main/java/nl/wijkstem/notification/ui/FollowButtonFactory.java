package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.FollowButtons;
import nl.wijkstem.notification.FollowService;

/**
 * The follow button for the pages of other modules: the button for a resident, a link
 * that signs a visitor in and brings them back for anyone else.
 */
@org.springframework.stereotype.Component
class FollowButtonFactory implements FollowButtons {

	private final FollowService follows;

	private final CurrentUser currentUser;

	FollowButtonFactory(FollowService follows, CurrentUser currentUser) {
		this.follows = follows;
		this.currentUser = currentUser;
	}

	@Override
	public Component create(FollowTarget target, String name, String returnTo) {
		if (currentUser.get().isEmpty()) {
			RouterLink signIn = new RouterLink("", SignInToFollow.class);
			signIn.setText(signIn.getTranslation("follow.signIn"));
			signIn.setQueryParameters(QueryParameters.of(SignInToFollow.RETURN_TO, returnTo));
			Paragraph link = new Paragraph(signIn);
			link.addClassName("follow-button__sign-in");
			return link;
		}
		if (!currentUser.hasRole(Roles.RESIDENT)) {
			return new Div();
		}
		return new FollowButton(follows, target, name, follows.isFollowing(target));
	}

}
