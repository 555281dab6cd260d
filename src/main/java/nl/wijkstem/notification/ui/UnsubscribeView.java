package nl.wijkstem.notification.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.notification.mail.Unsubscribes;

/**
 * Where the unsubscribe link in a mail's footer leads: says what will stop, and a button
 * stops it. Opening the page changes nothing, because mail scanners and link previews
 * open every link in a mail. Public: the link is opened from the mailbox, often on a
 * device that is not signed in; the link's signed token is the authorisation. Mail
 * programs that offer "unsubscribe" themselves post to the same address (RFC 8058), which
 * {@code UnsubscribeEndpoint} answers.
 */
@Route(UnsubscribeView.PATH)
@AnonymousAllowed
public class UnsubscribeView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String PATH = Unsubscribes.PATH + ":token";

	private final Unsubscribes unsubscribes;

	private final Paragraph what = new Paragraph();

	private final Paragraph kinds = new Paragraph();

	private final Button stop = new Button();

	private final Paragraph outcome = new Paragraph();

	private String token;

	UnsubscribeView(Unsubscribes unsubscribes) {
		this.unsubscribes = unsubscribes;
		Div content = getContent();
		content.addClassName("unsubscribe-view");
		stop.setText(getTranslation("email.unsubscribe.button"));
		stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		stop.addClickListener(click -> stop());
		outcome.getElement().setAttribute("role", "status");
		content.add(new H1(getTranslation("email.unsubscribe.title")), what, kinds, stop, outcome,
				new Paragraph(new Anchor("my/data", getTranslation("email.unsubscribe.preferences"))));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getRouteParameters().get("token").orElse("");
		Optional<Unsubscribes.Stop> found = unsubscribes.what(token);
		found.ifPresentOrElse(this::show, this::notWorking);
	}

	private void show(Unsubscribes.Stop stopping) {
		outcome.setText("");
		stop.setVisible(true);
		stop.setEnabled(true);
		if (stopping.kind() != null) {
			what.setText(getTranslation("email.unsubscribe.notice", label(stopping.kind())));
			kinds.setVisible(false);
		}
		else {
			what.setText(getTranslation("email.unsubscribe.digest." + stopping.digest()));
			kinds.setText(getTranslation("email.unsubscribe.kinds",
					stopping.kinds().stream().map(this::label).collect(Collectors.joining(", "))));
			kinds.setVisible(!stopping.kinds().isEmpty());
		}
		what.setVisible(true);
	}

	private void notWorking() {
		what.setVisible(false);
		kinds.setVisible(false);
		stop.setVisible(false);
		outcome.setText(getTranslation("email.unsubscribe.failed"));
	}

	private void stop() {
		if (unsubscribes.unsubscribe(token)) {
			stop.setEnabled(false);
			stop.setVisible(false);
			outcome.setText(getTranslation("email.unsubscribe.done"));
		}
		else {
			notWorking();
		}
	}

	private String label(Enum<?> kind) {
		return getTranslation("mail.kind." + kind.name());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("email.unsubscribe.title"));
	}

}
