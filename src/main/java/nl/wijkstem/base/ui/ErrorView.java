package nl.wijkstem.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.DatabaseOutage;
import nl.wijkstem.base.ProgrammeContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when something breaks while opening a page: an apology in plain
 * language, a short reference the programme bureau can look up in the log, and the
 * bureau's phone and e-mail to give it to. Never a stack trace. When the database cannot
 * be reached, it says so: Wijkstem is temporarily unavailable, and the page can be opened
 * again in a few minutes.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends MessageView implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	private final ProgrammeContact contact;

	ErrorView(Branding branding) {
		this.contact = branding.contact();
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		if (DatabaseOutage.causedBy(parameter.getCaughtException())) {
			log.warn("Database unreachable while opening /{} (reference {}): {}", event.getLocation().getPath(),
					reference, parameter.getCaughtException().toString());
			showWith("error.unavailable.title", new Paragraph(getTranslation("error.unavailable.text")),
					new Paragraph(getTranslation("error.unavailable.reference", reference)), contactLines());
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		log.error("Unexpected error while opening /{} (reference {})", event.getLocation().getPath(), reference,
				parameter.getCaughtException());
		showWith("error.title", new Paragraph(getTranslation("error.text")),
				new Paragraph(getTranslation("error.reference", reference)), contactLines());
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	/** The bureau's phone and e-mail, which the reference sentence asks to use. */
	private Div contactLines() {
		Div lines = new Div();
		lines.addClassName("message-view__contact");
		if (!contact.phone().isEmpty()) {
			lines.add(new Paragraph(new Span(getTranslation("footer.phone") + " "),
					new Anchor(contact.phoneLink(), contact.phone())));
		}
		if (!contact.email().isEmpty()) {
			lines.add(new Paragraph(new Span(getTranslation("footer.email") + " "),
					new Anchor("mailto:" + contact.email(), contact.email())));
		}
		return lines;
	}

}
