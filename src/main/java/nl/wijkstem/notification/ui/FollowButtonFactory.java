package nl.wijkstem.notification.ui;

import java.util.Optional;
import java.util.Set;

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
			return signInLink(returnTo, "follow.signIn");
		}
		if (!currentUser.hasRole(Roles.RESIDENT)) {
			return new Div();
		}
		return new FollowButton(follows, target, name, follows.isFollowing(target));
	}

	@Override
	public Several several(String returnTo) {
		if (currentUser.get().isEmpty()) {
			return new Several() {

				@Override
				public Component create(FollowTarget target, String name) {
					return new Div();
				}

				@Override
				public Optional<Component> signIn() {
					return Optional.of(signInLink(returnTo, "follow.signIn.several"));
				}

			};
		}
		Set<FollowTarget> followed = currentUser.hasRole(Roles.RESIDENT) ? follows.following() : null;
		return new Several() {

			@Override
			public Component create(FollowTarget target, String name) {
				return followed == null ? new Div()
						: new FollowButton(follows, target, name, followed.contains(target));
			}

			@Override
			public Optional<Component> signIn() {
				return Optional.empty();
			}

		};
	}

	private static Component signInLink(String returnTo, String textKey) {
		RouterLink signIn = new RouterLink("", SignInToFollow.class);
		signIn.setText(signIn.getTranslation(textKey));
		signIn.setQueryParameters(QueryParameters.of(SignInToFollow.RETURN_TO, returnTo));
		Paragraph link = new Paragraph(signIn);
		link.addClassName("follow-button__sign-in");
		return link;
	}

}
