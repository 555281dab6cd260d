package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * The "sign in to support" and "sign in to comment" links of an idea's page. The address
 * needs a signed-in person, so a visitor goes to the sign-in page first, and the sign-in
 * brings them back here (the address asked for is remembered), which takes them to the
 * idea they came from instead of the home page.
 */
@Route("ideas/:" + IdeaView.ID_PARAMETER + "([0-9]{1,18})/sign-in")
@PermitAll
public class SignInToTakePart extends Div implements BeforeEnterObserver {

	static RouteParameters of(Long ideaId) {
		return new RouteParameters(IdeaView.ID_PARAMETER, ideaId.toString());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo(IdeaView.class, event.getRouteParameters());
	}

}
