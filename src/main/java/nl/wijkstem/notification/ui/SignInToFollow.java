package nl.wijkstem.notification.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The "sign in to follow" link of any page with a follow button. The address needs a
 * signed-in person, so a visitor goes to the sign-in page first, and the sign-in brings
 * them back here (the address asked for is remembered, query included), which takes them
 * on to the page they came from. Only addresses inside Wijkstem are followed.
 */
@Route(SignInToFollow.PATH)
@PermitAll
public class SignInToFollow extends Div implements BeforeEnterObserver {

	static final String PATH = "volgen/inloggen";

	static final String RETURN_TO = "terug";

	/** A path inside the application, optionally with a query: no scheme, no host. */
	private static final Pattern INSIDE = Pattern.compile("[a-z0-9][a-z0-9/_-]*(\\?[A-Za-z0-9=&_%.-]*)?");

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> wanted = event.getLocation().getQueryParameters().getParameters().get(RETURN_TO);
		String back = wanted == null || wanted.isEmpty() ? "" : wanted.getFirst();
		if (!INSIDE.matcher(back).matches()) {
			event.forwardTo("");
			return;
		}
		Location location = new Location(back);
		event.forwardTo(location.getPath(), location.getQueryParameters());
	}

}
