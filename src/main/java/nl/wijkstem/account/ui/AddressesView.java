package nl.wijkstem.account.ui;

import java.io.ByteArrayInputStream;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.UploadTexts;
import nl.wijkstem.base.ui.CalendarTexts;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AddressImportResult;
import nl.wijkstem.account.AddressOverview;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.GeneratedLetters;
import nl.wijkstem.account.VotingDeadlines;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.LimitedUpload;
import nl.wijkstem.base.ui.AdminView;

/**
 * Administrators import the area's addresses, make the letters with codes for the
 * mail-out, and find, correct and remove addresses. The PDF with the letters exists only
 * while this page is open: Wijkstem keeps no readable copy of the codes.
 */
@Route("admin/addresses")
@RolesAllowed(Roles.ADMIN)
public class AddressesView extends Composite<Div> implements HasDynamicTitle {

	private static final int MAX_FILE_SIZE = 5 * 1024 * 1024;

	private static final int PROBLEMS_SHOWN = 50;

	private final AddressService addresses;

	private final Paragraph overview = new Paragraph();

	private final Paragraph importMessage = new Paragraph();

	private final UnorderedList importProblems = new UnorderedList();

	/** Whether new codes end on a date or with a voting round. */
	enum Until {

		DATE, ROUND

	}

	private final RadioButtonGroup<Until> until = new RadioButtonGroup<>();

	private final DatePicker expiresOn = new DatePicker();

	private final Select<VotingDeadlines.Deadline> round = new Select<>();

	private final Checkbox everyAddress = new Checkbox();

	private final Div lettersResult = new Div();

	private final Section batches = new Section();

	private final AddressList list;

	/** The only readable copy of the latest codes; dropped when the page is left. */
	private GeneratedLetters generated;

	AddressesView(AddressService addresses) {
		this.addresses = addresses;
		this.list = new AddressList(addresses, () -> refresh(addresses.overview(getLocale())));
		overview.addClassName("addresses-overview");
		Div content = getContent();
		content.addClassName("addresses-view");
		content.add(AdminView.backLink(this), new H1(getTranslation("addresses.title")),
				new Paragraph(getTranslation("addresses.intro")), overview, importSection(), lettersSection(), batches,
				list);
		refresh(addresses.overview(getLocale()));
	}

	private Section importSection() {
		// the size is enforced while the file streams in, not after it is all in memory
		Upload upload = new Upload(LimitedUpload.of(MAX_FILE_SIZE, "addresses.import.rejected", this::imported,
				() -> importMessage.setText(getTranslation("addresses.import.rejected"))));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_FILE_SIZE);
		upload.setAcceptedFileTypes("text/csv", "text/plain", ".csv", ".txt");
		upload.setI18n(UploadTexts.i18n(this, MAX_FILE_SIZE / 1024 / 1024));
		upload.addFileRejectedListener(rejected -> importMessage.setText(getTranslation("addresses.import.rejected")));
		upload.addAllFinishedListener(finished -> upload.clearFileList());
		importMessage.getElement().setAttribute("role", "status");
		importMessage.addClassName("addresses-import-message");
		importProblems.addClassName("addresses-import-problems");
		Section section = new Section(new H2(getTranslation("addresses.import.title")),
				new Paragraph(getTranslation("addresses.import.text")),
				new Paragraph(getTranslation("addresses.import.example")), upload, importMessage, importProblems);
		section.addClassName("addresses-section");
		return section;
	}

	private void imported(String fileName, byte[] bytes) {
		importProblems.removeAll();
		AddressImportResult result = addresses.importAddresses(bytes);
		if (result.imported()) {
			importMessage
				.setText(getTranslation("addresses.import.done", fileName, result.added(), result.duplicates()));
			refresh(addresses.overview(getLocale()));
			list.refresh();
			return;
		}
		importMessage.setText(getTranslation("addresses.import.failed", fileName, result.problems().size()));
		result.problems()
			.stream()
			.limit(PROBLEMS_SHOWN)
			.forEach(problem -> importProblems.add(new ListItem(getTranslation("addresses.import.line", problem.line(),
					getTranslation(problem.messageKey(), problem.arguments())))));
		if (result.problems().size() > PROBLEMS_SHOWN) {
			importProblems
				.add(new ListItem(getTranslation("addresses.import.more", result.problems().size() - PROBLEMS_SHOWN)));
		}
	}

	private Section lettersSection() {
		until.setLabel(getTranslation("addresses.letters.until"));
		until.setItems(Until.values());
		until.setItemLabelGenerator(choice -> getTranslation("addresses.letters.until." + choice));
		until.setValue(Until.DATE);
		until.addValueChangeListener(changed -> showUntil());
		round.setLabel(getTranslation("addresses.letters.round"));
		round.setHelperText(getTranslation("addresses.letters.round.help"));
		round.setItemLabelGenerator(deadline -> getTranslation("addresses.letters.round.item", deadline.title(),
				DisplayFormats.dateTime(deadline.closesAt(), getLocale())));
		showUntil();
		expiresOn.setLabel(getTranslation("addresses.letters.expiresOn"));
		expiresOn.setHelperText(getTranslation("addresses.letters.expiresOn.help"));
		expiresOn.setLocale(getLocale());
		everyAddress.setLabel(getTranslation("addresses.letters.everyAddress"));
		Button generate = new Button(getTranslation("addresses.letters.generate"), click -> generate());
		generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		generate.setDisableOnClick(true);
		generate.addClickListener(click -> generate.setEnabled(true));
		lettersResult.addClassName("addresses-letters-result");
		lettersResult.getElement().setAttribute("aria-live", "polite");
		Section section = new Section(new H2(getTranslation("addresses.letters.title")),
				new Paragraph(getTranslation("addresses.letters.text")), until, expiresOn, round, everyAddress,
				generate, lettersResult);
		section.addClassName("addresses-section");
		return section;
	}

	private void showUntil() {
		expiresOn.setVisible(until.getValue() != Until.ROUND);
		round.setVisible(until.getValue() == Until.ROUND);
	}

	private void generate() {
		lettersResult.removeAll();
		boolean withRound = until.getValue() == Until.ROUND;
		HasValidation field = withRound ? round : expiresOn;
		try {
			generated = withRound
					? addresses.generateLettersForRound(round.getValue() == null ? null : round.getValue().roundId(),
							everyAddress.getValue())
					: addresses.generateLetters(expiresOn.getValue(), everyAddress.getValue());
		}
		catch (Rejection rejected) {
			field.setErrorMessage(RejectionMessages.text(this, rejected));
			field.setInvalid(true);
			return;
		}
		expiresOn.setInvalid(false);
		round.setInvalid(false);
		Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
			GeneratedLetters letters = generated;
			if (letters == null) {
				return DownloadResponse.error(410);
			}
			return new DownloadResponse(new ByteArrayInputStream(letters.pdf()), letters.fileName(), "application/pdf",
					letters.pdf().length);
		}), getTranslation("addresses.letters.download", generated.letters()));
		download.addClassName("call-to-action");
		String done = generated.roundClosesAt() == null
				? getTranslation("addresses.letters.done", generated.letters(),
						ResidencyTexts.date(this, generated.expiresOn()))
				: getTranslation("addresses.letters.doneRound", generated.letters(),
						DisplayFormats.dateTime(generated.roundClosesAt(), getLocale()));
		lettersResult.add(new Paragraph(done), download, new Paragraph(getTranslation("addresses.letters.warning")));
		everyAddress.setValue(false);
		refresh(addresses.overview(getLocale()));
		list.refresh();
	}

	private void refresh(AddressOverview current) {
		overview.setText(getTranslation("addresses.overview", current.addresses(), current.withValidCode(),
				current.verifiedResidents(), current.accountsPerAddress()));
		expiresOn.setMin(current.today().plusDays(1));
		expiresOn.setMax(current.latestExpiry());
		expiresOn.setI18n(datePickerTexts(current.latestExpiry().getYear() - current.today().getYear()));
		CalendarTexts.inPageLanguage(expiresOn);
		if (expiresOn.getValue() == null) {
			expiresOn.setValue(current.today().plusMonths(3));
		}
		VotingDeadlines.Deadline chosen = round.getValue();
		round.setItems(current.openRounds());
		round.setValue(current.openRounds().contains(chosen) ? chosen
				: current.openRounds().stream().findFirst().orElse(null));
		round.setEnabled(!current.openRounds().isEmpty());
		round.setHelperText(getTranslation(
				current.openRounds().isEmpty() ? "addresses.letters.round.none" : "addresses.letters.round.help"));
		batches.removeAll();
		batches.add(new H2(getTranslation("addresses.batches.title")));
		if (current.batches().isEmpty()) {
			batches.add(new Paragraph(getTranslation("addresses.batches.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		current.batches()
			.forEach(batch -> list.add(new ListItem(batch.round() == null
					? getTranslation("addresses.batches.item", batch.id(), batch.letters(),
							DisplayFormats.dateTime(batch.createdAt(), getLocale()),
							ResidencyTexts.date(this, batch.expiresOn()), batch.redeemed())
					: getTranslation("addresses.batches.itemRound", batch.id(), batch.letters(),
							DisplayFormats.dateTime(batch.createdAt(), getLocale()), batch.round().title(),
							DisplayFormats.dateTime(batch.round().closesAt(), getLocale()), batch.redeemed()))));
		batches.add(list);
	}

	private DatePicker.DatePickerI18n datePickerTexts(int maxYears) {
		return new DatePicker.DatePickerI18n()
			.setBadInputErrorMessage(getTranslation("addresses.letters.error.badDate"))
			.setMinErrorMessage(getTranslation("residency.letters.error.expiry"))
			.setMaxErrorMessage(getTranslation("residency.letters.error.expiryTooLate", maxYears));
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		// the codes must not linger in memory once the administrator left the page
		generated = null;
		super.onDetach(detachEvent);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("addresses.title"));
	}

}
