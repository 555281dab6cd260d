package nl.wijkstem.base.ui;

import java.util.List;

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
		// consultations (7) and e-mail (8) come after voting
		super("privacy", List.of(1, 2, 3, 4, 7, 8, 5, 6), branding.programmeName());
	}

}
