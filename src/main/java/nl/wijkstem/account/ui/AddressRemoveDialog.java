package nl.wijkstem.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AddressRemoval;
import nl.wijkstem.account.AddressRemoval.Verifications;
import nl.wijkstem.account.AddressRow;
import nl.wijkstem.account.AddressService;

/**
 * Removes an address after saying what hangs on it. With residents verified through it,
 * the administrator must choose whether they stay verified or their verification ends
 * with a reason: the service refuses to decide for them.
 */
class AddressRemoveDialog extends Dialog {

	private static final String REASON_PROBLEM = "residency.error.reason";

	private static final String CHOICE_PROBLEM = "addresses.remove.error.choose";

	private final AddressService addresses;

	private final AddressRow row;

	private final String shown;

	private final Runnable done;

	private final RadioButtonGroup<Verifications> verifications = new RadioButtonGroup<>();

	private final TextArea reason = new TextArea();

	AddressRemoveDialog(AddressService addresses, AddressRow row, String shown, Runnable done) {
		this.addresses = addresses;
		this.row = row;
		this.shown = shown;
		this.done = done;
		setHeaderTitle(getTranslation("addresses.remove.title"));
		Paragraph address = new Paragraph(getTranslation("addresses.remove.address", shown));
		address.addClassName("user-text");
		add(address);
		if (!row.inUse()) {
			add(new Paragraph(getTranslation("addresses.remove.unused")));
		}
		if (row.workingBatch() != null) {
			add(new Paragraph(getTranslation("addresses.remove.workingCode", row.workingBatch())));
		}
		if (row.verifiedResidents() > 0) {
			add(new Paragraph(getTranslation("addresses.remove.verified", row.verifiedResidents())));
			verifications.setLabel(getTranslation("addresses.remove.verifications"));
			verifications.setItems(Verifications.values());
			verifications.setItemLabelGenerator(choice -> getTranslation("addresses.remove.verifications." + choice));
			verifications.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
			verifications.addValueChangeListener(chosen -> {
				verifications.setInvalid(false);
				reason.setVisible(chosen.getValue() == Verifications.REVOKE);
			});
			reason.setLabel(getTranslation("addresses.remove.reason"));
			reason.setHelperText(getTranslation("addresses.remove.reason.help"));
			reason.setMaxLength(500);
			reason.setWidthFull();
			reason.setVisible(false);
			add(verifications, reason);
		}
		addClassName("address-dialog");
		Button remove = new Button(getTranslation("addresses.remove.ok"), click -> remove());
		remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("addresses.cancel"), click -> close()), remove);
	}

	private void remove() {
		try {
			addresses.removeAddress(row.id(), new AddressRemoval(row.verifiedResidents(), row.workingBatch(),
					verifications.getValue(), reason.getValue()));
			close();
			Notification.show(getTranslation("addresses.removed", shown));
			done.run();
		}
		catch (Rejection rejected) {
			String problem = RejectionMessages.text(this, rejected);
			if (CHOICE_PROBLEM.equals(rejected.messageKey())) {
				verifications.setErrorMessage(problem);
				verifications.setInvalid(true);
				return;
			}
			if (REASON_PROBLEM.equals(rejected.messageKey())) {
				reason.setErrorMessage(problem);
				reason.setInvalid(true);
				return;
			}
			close();
			Notification.show(problem, 6000, Notification.Position.MIDDLE);
			done.run();
		}
	}

}
