package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The "sign in to answer" link of a consultation's page. The address needs a signed-in
 * person, so a visitor goes to the sign-in page first, and the sign-in brings them back
 * here (the address asked for is remembered), which takes them to the consultation they
 * came from instead of the home page.
 */
@Route(ConsultationListView.PATH + "/:" + ConsultationView.ID_PARAMETER + "([0-9]{1,18})/" + SignInToAnswer.SEGMENT)
@PermitAll
public class SignInToAnswer extends Div implements BeforeEnterObserver {

	static final String SEGMENT = "inloggen";

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo(ConsultationView.class, event.getRouteParameters());
	}

}
