package nl.wijkstem.base.ui;

import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkstem.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when something breaks while opening a page: an apology in plain
 * language and a short reference the programme bureau can look up in the log. Never a
 * stack trace. When the database cannot be reached, it says so: Wijkstem is temporarily
 * unavailable, and the page can be opened again in a few minutes.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends MessageView implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		if (DatabaseOutage.causedBy(parameter.getCaughtException())) {
			log.warn("Database unreachable while opening /{} (reference {}): {}", event.getLocation().getPath(),
					reference, parameter.getCaughtException().toString());
			show("error.unavailable.title", getTranslation("error.unavailable.text"),
					getTranslation("error.unavailable.reference", reference));
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		log.error("Unexpected error while opening /{} (reference {})", event.getLocation().getPath(), reference,
				parameter.getCaughtException());
		show("error.title", getTranslation("error.text"), getTranslation("error.reference", reference));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
