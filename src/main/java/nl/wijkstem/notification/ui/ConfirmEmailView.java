package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.notification.mail.EmailAddresses;

/**
 * Where the link in a confirmation mail leads. Opening the page confirms nothing: a
 * button does, because mail scanners open every link in a mail, and an address must be
 * confirmed by the person, not by their mail provider's scanner. Public: the link is
 * often opened on another device than the one signed in.
 */
@Route(ConfirmEmailView.PATH)
@AnonymousAllowed
public class ConfirmEmailView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String PATH = "email/bevestigen/:token";

	private final EmailAddresses addresses;

	private final Paragraph outcome = new Paragraph();

	private final Button confirm = new Button();

	private String token;

	ConfirmEmailView(EmailAddresses addresses) {
		this.addresses = addresses;
		Div content = getContent();
		content.addClassName("confirm-email-view");
		confirm.setText(getTranslation("email.confirm.button"));
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.addClickListener(click -> confirm());
		outcome.setVisible(false);
		outcome.getElement().setAttribute("role", "status");
		content.add(new H1(getTranslation("email.confirm.title")), new Paragraph(getTranslation("email.confirm.intro")),
				confirm, outcome);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getRouteParameters().get("token").orElse("");
	}

	private void confirm() {
		confirm.setEnabled(false);
		confirm.setVisible(false);
		outcome.setText(addresses.confirm(token)
			.map(address -> getTranslation("email.confirm.done", address))
			.orElseGet(() -> getTranslation("email.confirm.failed")));
		outcome.setVisible(true);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("email.confirm.title"));
	}

}
