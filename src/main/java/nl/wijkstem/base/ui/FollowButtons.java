package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.FollowTarget;

/**
 * The follow button a page puts beside one of its things, made by the module that keeps
 * who follows what (notification), without the page's module depending on it: that module
 * listens to the page's module, so a direct dependency would be a cycle.
 */
public interface FollowButtons {

	/**
	 * A button for a signed-in resident, a sign-in link that comes back to
	 * {@code returnTo} for a visitor.
	 * @param name what is followed, as the page shows it (user text), to tell several
	 * buttons on one page apart; {@code null} when the page is about this one thing
	 * @param returnTo the page's address without a leading slash, query included
	 */
	Component create(FollowTarget target, String name, String returnTo);

	/**
	 * Buttons for several things on one page (the programme's goals and groups), for the
	 * price of one look-up. A visitor gets one sign-in link for the page rather than one
	 * per thing.
	 * @param returnTo the page's address without a leading slash, query included
	 */
	Several several(String returnTo);

	/** The follow buttons of one page showing several things. */
	interface Several {

		/**
		 * A button for a signed-in resident, nothing (an empty component) for anyone
		 * else.
		 * @param name what is followed, as the page shows it (user text)
		 */
		Component create(FollowTarget target, String name);

		/** The page's one sign-in link, for a visitor only. */
		Optional<Component> signIn();

	}

}
