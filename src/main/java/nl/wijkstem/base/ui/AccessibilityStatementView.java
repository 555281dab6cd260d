package nl.wijkstem.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.Branding;

/**
 * The accessibility statement Dutch public bodies must publish: the standard followed,
 * how it is checked, and where to report a barrier.
 */
@Route(AccessibilityStatementView.PATH)
@AnonymousAllowed
public class AccessibilityStatementView extends StatementView {

	static final String PATH = "accessibility";

	AccessibilityStatementView(Branding branding) {
		super("accessibility", 3, branding.programmeName());
	}

}
