package nl.wijkstem.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.Branding;

/**
 * What Wijkstem keeps about people and why, in plain language, with their rights under
 * the AVG (GDPR).
 */
@Route(PrivacyStatementView.PATH)
@AnonymousAllowed
public class PrivacyStatementView extends StatementView {

	static final String PATH = "privacy";

	PrivacyStatementView(Branding branding) {
		super("privacy", 6, branding.programmeName());
	}

}
