package nl.wijkstem.notification.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.base.ui.MyDataSection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.mail.EmailAddresses;
import nl.wijkstem.notification.mail.MailSettings;
import nl.wijkstem.notification.mail.EmailAddresses.MyAddress;
import nl.wijkstem.notification.mail.InvalidEmailAddressException;
import nl.wijkstem.notification.mail.NoticePreferences;

/**
 * The e-mail part of <em>Mijn gegevens</em>: where mail goes and how that address stands
 * (waiting for its link, not working), a form to give a new one, and per kind of notice
 * how it reaches the resident. Each choice is saved as it is made.
 */
@org.springframework.stereotype.Component
class EmailSection implements MyDataSection {

	private final EmailAddresses addresses;

	private final NoticePreferences preferences;

	private final CurrentUser currentUser;

	private final MailSettings settings;

	EmailSection(EmailAddresses addresses, NoticePreferences preferences, CurrentUser currentUser,
			MailSettings settings) {
		this.addresses = addresses;
		this.preferences = preferences;
		this.currentUser = currentUser;
		this.settings = settings;
	}

	@Override
	public Optional<Component> create() {
		// with e-mail switched off, an address given here would only wait for a
		// confirmation mail that is never sent
		if (!settings.enabled() || !currentUser.hasRole(Roles.RESIDENT)) {
			return Optional.empty();
		}
		return Optional.of(new Section(addresses, preferences));
	}

	@Override
	public int order() {
		return 10;
	}

	static final class Section extends Composite<Div> {

		private final EmailAddresses addresses;

		private final NoticePreferences preferences;

		/** How the address stands; redrawn after every change of it. */
		private final Div state = new Div();

		private final EmailField typed = new EmailField();

		Section(EmailAddresses addresses, NoticePreferences preferences) {
			this.addresses = addresses;
			this.preferences = preferences;
			Div content = getContent();
			content.addClassNames("my-data-section", "my-email");
			content.setId("email");
			state.addClassName("my-email__state");
			Optional<MyAddress> mine = addresses.myAddress();
			content.add(new H2(getTranslation("myEmail.title")), new Paragraph(getTranslation("myEmail.intro")), state,
					form());
			mine.filter(address -> address.address() != null || address.pending() != null)
				.ifPresent(address -> content.add(language(address.language())));
			content.add(choices(mine.filter(MyAddress::working).isPresent()));
			showState(mine);
		}

		private void showState(Optional<MyAddress> mine) {
			state.removeAll();
			MyAddress address = mine.orElse(null);
			if (address == null
					|| address.address() == null && address.pending() == null && address.failedAt() == null) {
				state.add(new Paragraph(getTranslation("myEmail.none")));
			}
			else if (address.working()) {
				state.add(paragraph("myEmail.address", address.address()));
			}
			if (address != null && address.failedAt() != null) {
				state.add(failed(address));
			}
			if (address != null && address.pending() != null) {
				Paragraph pending = paragraph("myEmail.pending", address.pending());
				pending.addClassName("my-email__pending");
				state.add(pending);
			}
			if (address != null && address.suggestion() != null) {
				state.add(suggestion(address.suggestion()));
			}
			typed.setLabel(getTranslation(
					address != null && address.address() != null ? "myEmail.field.change" : "myEmail.field.new"));
		}

		private Div failed(MyAddress address) {
			Div warning = new Div(new H3(getTranslation("myEmail.failed.title")));
			warning.addClassName("my-email__failed");
			warning.add(address.address() == null ? paragraph("myEmail.failed.confirmation")
					: paragraph("myEmail.failed.text", address.address(),
							DisplayFormats.dateTime(address.failedAt(), getLocale())));
			warning.add(paragraph(address.failureReasonKey()), paragraph("myEmail.failed.what"));
			if (address.failure() != null && !address.failure().isBlank()) {
				Paragraph reply = paragraph("myEmail.failed.reply", address.failure());
				reply.addClassNames("my-email__reply", "user-text");
				warning.add(reply);
			}
			return warning;
		}

		private Div suggestion(String suggested) {
			Button use = new Button(getTranslation("myEmail.suggestion.use"), click -> request(suggested));
			Div offer = new Div(paragraph("myEmail.suggestion", suggested), use);
			offer.addClassName("my-email__suggestion");
			return offer;
		}

		private Div form() {
			typed.setManualValidation(true);
			typed.setHelperText(getTranslation("myEmail.field.help"));
			typed.setAutocomplete(Autocomplete.EMAIL);
			typed.setMaxLength(254);
			typed.addClassName("my-email__field");
			typed.addValueChangeListener(change -> typed.setInvalid(false));
			Button send = new Button(getTranslation("myEmail.send"), click -> request(typed.getValue()));
			send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			send.addClassName("my-email__send");
			Div form = new Div(typed, send);
			form.addClassName("my-email__form");
			return form;
		}

		private void request(String address) {
			try {
				addresses.request(address, getLocale());
			}
			catch (InvalidEmailAddressException ex) {
				typed.setErrorMessage(getTranslation("myEmail.field.invalid"));
				typed.setInvalid(true);
				typed.focus();
				return;
			}
			catch (Rejection rejected) {
				typed.setErrorMessage(RejectionMessages.text(this, rejected));
				typed.setInvalid(true);
				typed.focus();
				return;
			}
			typed.clear();
			typed.setInvalid(false);
			showState(addresses.myAddress());
			// the keyboard goes to what the action made: the line that says to look in
			// the mailbox
			state.getChildren()
				.filter(child -> child.hasClassName("my-email__pending"))
				.findFirst()
				.ifPresent(Focus::on);
		}

		/**
		 * The language of the mails, which need not be the language of this page: the
		 * site follows the browser, a mail is written by a worker that has no browser.
		 */
		private Div language(Locale current) {
			RadioButtonGroup<Locale> group = new RadioButtonGroup<>(getTranslation("myEmail.language"));
			group.setItems(Languages.SUPPORTED);
			group.setItemLabelGenerator(locale -> getTranslation("myEmail.language." + locale.getLanguage()));
			// each language's name in that language, marked as such (WCAG 3.1.2)
			group.setRenderer(new ComponentRenderer<>(locale -> {
				Span name = new Span(getTranslation("myEmail.language." + locale.getLanguage()));
				name.getElement().setAttribute("lang", locale.getLanguage());
				return name;
			}));
			group.setValue(Languages.fromTag(current.getLanguage()));
			Div language = new Div(group, savedAtOnce(group, addresses::chooseLanguage));
			language.addClassName("my-email__language");
			return language;
		}

		private Div choices(boolean mailed) {
			Div choices = new Div(new H3(getTranslation("myEmail.choices.title")),
					new Paragraph(getTranslation("myEmail.choices.text")));
			if (!mailed) {
				choices.add(new Paragraph(getTranslation("myEmail.choices.noAddress")));
			}
			choices.addClassName("my-email__choices");
			Map<NoticeKind, Cadence> mine = preferences.mine();
			for (NoticeKind kind : NoticeKind.values()) {
				RadioButtonGroup<Cadence> group = new RadioButtonGroup<>(getTranslation("mail.kind." + kind));
				group.setItems(Cadence.values());
				group.setItemLabelGenerator(cadence -> getTranslation("myEmail.cadence." + cadence));
				group.setHelperText(getTranslation("mail.kind." + kind + ".about"));
				group.setValue(mine.get(kind));
				choices.add(group, savedAtOnce(group, cadence -> {
					preferences.choose(kind, cadence);
					choices.getChildren()
						.filter(child -> child.hasClassName("my-email__saved"))
						.forEach(other -> ((Paragraph) other).setText(""));
				}));
			}
			return choices;
		}

		/**
		 * Saves what the person chooses as soon as they choose it, and says so in the
		 * paragraph returned: to be placed next to the choice, so it is seen on a phone
		 * too; a status, so it is heard.
		 */
		private <T> Paragraph savedAtOnce(RadioButtonGroup<T> group, Consumer<T> save) {
			group.addClassName("my-email__choice");
			group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
			Paragraph saved = new Paragraph();
			saved.addClassName("my-email__saved");
			saved.getElement().setAttribute("role", "status");
			group.addValueChangeListener(change -> {
				if (change.isFromClient() && change.getValue() != null) {
					save.accept(change.getValue());
					saved.setText(
							getTranslation("myEmail.saved", group.getItemLabelGenerator().apply(change.getValue())));
				}
			});
			return saved;
		}

		private Paragraph paragraph(String key, Object... arguments) {
			return new Paragraph(getTranslation(key, arguments));
		}

	}

}
