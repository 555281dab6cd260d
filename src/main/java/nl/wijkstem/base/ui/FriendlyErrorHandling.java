package nl.wijkstem.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * An unexpected failure in a button or field handler is logged with a reference and shown
 * as a short translated notice; the view and what the person typed stay as they were.
 */
@Component
class FriendlyErrorHandling implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandling.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
	}

	private void handle(ErrorEvent error) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error in a user action (reference {})", reference, error.getThrowable());
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notification notification = Notification.show(ui.getTranslation("error.action", reference), 8000,
					Notification.Position.MIDDLE);
			notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

}
