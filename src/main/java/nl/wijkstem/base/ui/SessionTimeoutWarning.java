package nl.wijkstem.base.ui;

import java.time.Duration;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Warns a signed-in person before an idle session ends (WCAG 2.2.1), with one button to
 * keep it. The countdown runs in the browser: asking the server would itself count as
 * activity. After the end the dialog says what happened and offers to sign in again;
 * unsaved ballot choices wait in the tab ({@code BallotForm}).
 */
@Tag("dialog")
@JavaScript("context://wijkstem/session/wijkstem-session.js")
class SessionTimeoutWarning extends Component {

	/** Long enough to read the warning and act on it, also with a screen reader. */
	private static final Duration WARN_BEFORE = Duration.ofMinutes(2);

	private final long timeoutSeconds;

	private final long warnBeforeSeconds;

	SessionTimeoutWarning(long timeoutSeconds) {
		this.timeoutSeconds = timeoutSeconds;
		this.warnBeforeSeconds = Math.min(WARN_BEFORE.toSeconds(), timeoutSeconds / 2);
		getElement().getClassList().add("session-warning");
		getElement().setAttribute("aria-labelledby", "session-warning-title");
		getElement().setAttribute("aria-describedby", "session-warning-text");

		H2 title = new H2(getTranslation("session.warning.title"));
		title.setId("session-warning-title");
		long minutes = Math.max(1, Math.round(warnBeforeSeconds / 60.0));
		Paragraph text = new Paragraph(getTranslation("session.warning.text", minutes));
		text.setId("session-warning-text");
		// the click itself is the request that keeps the session alive
		Button stay = new Button(getTranslation("session.warning.stay"), click -> {
		});
		stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		stay.addClassName("session-warning__stay");
		Div active = new Div(title, text, stay);
		active.addClassName("session-warning__active");

		Div expired = new Div(new H2(getTranslation("session.expired.title")),
				new Paragraph(getTranslation("session.expired.text")), signInAgain());
		expired.addClassName("session-warning__expired");

		getElement().appendChild(active.getElement(), expired.getElement());
	}

	/** Reloading sends a signed-out person to the sign-in page, and back here after. */
	private Button signInAgain() {
		Button again = new Button(getTranslation("session.expired.signIn"));
		again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		again.addClassName("session-warning__again");
		return again;
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		getElement().executeJs("window.wijkstemSession.watchIdle(this, $0, $1)", timeoutSeconds, warnBeforeSeconds);
	}

}
