package nl.wijkstem.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.wijkstem.base.DatabaseOutage;
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
		boolean outage = DatabaseOutage.causedBy(error.getThrowable());
		if (outage) {
			log.warn("Database unreachable in a user action (reference {}, on {}): {}", reference,
					error.getComponent().map(component -> component.getClass().getSimpleName()).orElse("-"),
					error.getThrowable().toString());
		}
		else {
			log.error("Unexpected error in a user action (reference {})", reference, error.getThrowable());
		}
		// a button that disables itself on click must not stay disabled after a failure,
		// or the person cannot try again
		error.getComponent()
			.filter(component -> component instanceof Button button && button.isDisableOnClick())
			.ifPresent(button -> ((Button) button).setEnabled(true));
		UI ui = UI.getCurrent();
		if (ui != null && !alreadyTold(ui)) {
			String message = ui.getTranslation(outage ? "error.unavailable.action" : "error.action", reference);
			Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
			notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
			ComponentUtil.setData(ui, Notification.class, notification);
		}
	}

	/**
	 * One failure often fails several handlers of the same click (leaving a field saves a
	 * draft, then the button sends it): the person hears about it once.
	 */
	private static boolean alreadyTold(UI ui) {
		Notification open = ComponentUtil.getData(ui, Notification.class);
		return open != null && open.isOpened();
	}

}
