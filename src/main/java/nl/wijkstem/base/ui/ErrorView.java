package nl.wijkstem.base.ui;

import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when something breaks while opening a page: an apology in plain
 * language and a short reference the programme bureau can look up in the log. Never a
 * stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends MessageView implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error while opening /{} (reference {})", event.getLocation().getPath(), reference,
				parameter.getCaughtException());
		show("error.title", getTranslation("error.text"), getTranslation("error.reference", reference));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
