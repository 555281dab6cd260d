package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.RejectionMessages;

/**
 * Deleting a draft asks first, wherever the resident does it (the idea form, their list
 * of ideas); a refusal is shown as the view shows any other.
 */
final class DraftDeletion {

	private DraftDeletion() {
	}

	/** Asks; once confirmed, deletes, says so and then does what the view does next. */
	static void confirm(Component view, Runnable delete, Runnable afterwards) {
		new Confirmation(view.getTranslation("propose.draft.delete.title"),
				view.getTranslation("propose.draft.delete.text"), view.getTranslation("propose.draft.delete.ok"),
				view.getTranslation("propose.draft.delete.cancel"), () -> {
					try {
						delete.run();
						Notification.show(view.getTranslation("propose.draft.deleted"));
						afterwards.run();
					}
					catch (Rejection rejected) {
						RejectionMessages.show(view, rejected);
					}
				})
			.destructive()
			.open();
	}

}
