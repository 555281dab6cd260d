package nl.wijkstem.account.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AddressField;
import nl.wijkstem.account.AddressInput;
import nl.wijkstem.account.AddressRow;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.InvalidAddressException;

/**
 * Corrects a mistake in one address. A wrong part is marked with what is wrong, and what
 * the administrator typed stays.
 */
class AddressCorrectDialog extends Dialog {

	private final AddressService addresses;

	private final AddressRow row;

	private final Runnable done;

	private final Map<AddressField, TextField> fields;

	AddressCorrectDialog(AddressService addresses, AddressRow row, Runnable done) {
		this.addresses = addresses;
		this.row = row;
		this.done = done;
		setHeaderTitle(getTranslation("addresses.correct.title"));
		fields = Map.of(AddressField.STREET, field("addresses.field.street", row.street(), 200),
				AddressField.HOUSE_NUMBER, field("addresses.field.houseNumber", String.valueOf(row.houseNumber()), 5),
				AddressField.ADDITION, field("addresses.field.addition", row.addition(), 10), AddressField.POSTCODE,
				field("addresses.field.postcode", row.postcode().substring(0, 4) + " " + row.postcode().substring(4),
						7),
				AddressField.PLACE, field("addresses.field.place", row.place() == null ? "" : row.place(), 100));
		Paragraph text = new Paragraph(getTranslation("addresses.correct.text"));
		add(text);
		for (AddressField part : AddressField.values()) {
			add(fields.get(part));
		}
		addClassName("address-dialog");
		Button save = new Button(getTranslation("addresses.correct.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("addresses.cancel"), click -> close()), save);
	}

	private TextField field(String label, String value, int maxLength) {
		TextField field = new TextField(getTranslation(label));
		field.setValue(value);
		field.setMaxLength(maxLength);
		field.setWidthFull();
		return field;
	}

	private void save() {
		fields.values().forEach(field -> field.setInvalid(false));
		try {
			AddressRow corrected = addresses.correctAddress(row.id(), row.version(),
					new AddressInput(value(AddressField.STREET), value(AddressField.HOUSE_NUMBER),
							value(AddressField.ADDITION), value(AddressField.POSTCODE), value(AddressField.PLACE)));
			close();
			Notification.show(getTranslation("addresses.corrected", corrected.text()));
			done.run();
		}
		catch (InvalidAddressException invalid) {
			invalid.addressProblems().forEach(problem -> {
				TextField field = fields.get(problem.field());
				field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
				field.setInvalid(true);
			});
		}
		catch (Rejection rejected) {
			close();
			Notification.show(RejectionMessages.text(this, rejected), 6000, Notification.Position.MIDDLE);
			done.run();
		}
	}

	private String value(AddressField part) {
		return fields.get(part).getValue();
	}

}
