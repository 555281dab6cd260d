package nl.wijkstem.consultation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import nl.wijkstem.base.ui.FieldProblem;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.UploadTexts;
import nl.wijkstem.base.ui.LimitedUpload;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.EditableConsultation.EditableQuestion;
import nl.wijkstem.consultation.QuestionForm;
import nl.wijkstem.consultation.QuestionKind;

/**
 * Adds or changes one question; the fields shown depend on its kind. On a refusal the
 * dialog stays open with everything typed, and each problem at its field. Once answers
 * are in, only the texts can be corrected.
 */
class QuestionDialog extends Dialog {

	static final int IMAGE_MAX_BYTES = 2 * 1024 * 1024;

	/** Saves the form: adds or updates the question, or refuses. */
	@FunctionalInterface
	interface Saver {

		void save(QuestionForm form);

	}

	/** Stores an image (or only its description when the bytes are null). */
	@FunctionalInterface
	interface ImageSaver {

		void save(byte[] bytes, String altNl, String altEn);

	}

	/** One option of an earlier question that this one can depend on. */
	record ConditionChoice(Long optionId, String label) {
	}

	private final Select<QuestionKind> kind = new Select<>();

	private final TextArea textNl = new TextArea();

	private final TextArea textEn = new TextArea();

	private final TextArea helpNl = new TextArea();

	private final TextArea helpEn = new TextArea();

	private final Checkbox required = new Checkbox();

	private final OptionsEditor options = new OptionsEditor();

	private final Paragraph proposalNote = new Paragraph();

	private final IntegerField maxChoices = new IntegerField();

	private final RadioButtonGroup<Integer> scaleMax = new RadioButtonGroup<>();

	private final TextField lowLabelNl = new TextField();

	private final TextField lowLabelEn = new TextField();

	private final TextField highLabelNl = new TextField();

	private final TextField highLabelEn = new TextField();

	private final Div scaleFields = new Div(scaleMax, lowLabelNl, lowLabelEn, highLabelNl, highLabelEn);

	private final Select<ConditionChoice> condition = new Select<>();

	private final FieldProblem problem = new FieldProblem();

	private final FieldProblem imageProblem = new FieldProblem();

	private final TextField imageAltNl = new TextField();

	private final TextField imageAltEn = new TextField();

	private final Paragraph imageStatus = new Paragraph();

	private byte[] uploaded;

	QuestionDialog(EditableQuestion editing, boolean frozen, List<ConditionChoice> conditions, Saver saver,
			ImageSaver imageSaver, Runnable imageRemover) {
		addClassName("question-dialog");
		setHeaderTitle(getTranslation(editing == null ? "consultation.admin.question.addTitle"
				: frozen ? "consultation.admin.question.correctTitle" : "consultation.admin.question.editTitle"));
		label(conditions);
		Div body = new Div();
		body.addClassName("question-dialog__body");
		if (frozen) {
			Paragraph note = new Paragraph(getTranslation("consultation.admin.question.frozen"));
			note.addClassName("consultation-notice");
			body.add(note);
		}
		body.add(kind, textNl, textEn, helpNl, helpEn, required, options, proposalNote, maxChoices, scaleFields,
				condition);
		if (editing != null) {
			body.add(imageSection(editing, frozen, imageSaver, imageRemover));
		}
		else {
			body.add(new Paragraph(getTranslation("consultation.admin.question.imageLater")));
		}
		body.add(problem);
		add(body);
		fill(editing == null ? null : editing.form(), frozen);
		kind.addValueChangeListener(change -> showKindFields());
		showKindFields();
		Button save = new Button(getTranslation("consultation.admin.question.save"), click -> save(saver));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("consultation.admin.cancel"), click -> close());
		getFooter().add(cancel, save);
	}

	private void label(List<ConditionChoice> conditions) {
		kind.setLabel(getTranslation("consultation.admin.question.kind"));
		kind.setItems(QuestionKind.values());
		kind.setItemLabelGenerator(value -> getTranslation("consultation.admin.kind." + value));
		textNl.setLabel(getTranslation("consultation.admin.question.textNl"));
		textNl.setRequiredIndicatorVisible(true);
		textEn.setLabel(getTranslation("consultation.admin.question.textEn"));
		textEn.setHelperText(getTranslation("consultation.admin.settings.englishHelp"));
		helpNl.setLabel(getTranslation("consultation.admin.question.helpNl"));
		helpEn.setLabel(getTranslation("consultation.admin.question.helpEn"));
		required.setLabel(getTranslation("consultation.admin.question.required"));
		proposalNote.setText(getTranslation("consultation.admin.question.proposalNote"));
		maxChoices.setMin(1);
		scaleMax.setLabel(getTranslation("consultation.admin.question.scale"));
		scaleMax.setItems(5, 10);
		scaleMax.setItemLabelGenerator(value -> getTranslation("consultation.admin.question.scaleTo", value));
		lowLabelNl.setLabel(getTranslation("consultation.admin.question.lowLabelNl"));
		lowLabelEn.setLabel(getTranslation("consultation.admin.question.lowLabelEn"));
		highLabelNl.setLabel(getTranslation("consultation.admin.question.highLabelNl"));
		highLabelEn.setLabel(getTranslation("consultation.admin.question.highLabelEn"));
		scaleFields.addClassName("question-dialog__scale");
		condition.setLabel(getTranslation("consultation.admin.question.condition"));
		condition.setHelperText(getTranslation("consultation.admin.question.conditionHelp"));
		condition.setItems(conditions);
		condition.setItemLabelGenerator(choice -> choice == null
				? getTranslation("consultation.admin.question.conditionNone") : choice.label());
		condition.setEmptySelectionAllowed(true);
		condition.setEmptySelectionCaption(getTranslation("consultation.admin.question.conditionNone"));
	}

	private void fill(QuestionForm form, boolean frozen) {
		kind.setValue(form == null ? QuestionKind.SINGLE_CHOICE : form.kind());
		if (form != null) {
			textNl.setValue(form.textNl());
			textEn.setValue(form.textEn());
			helpNl.setValue(form.helpNl());
			helpEn.setValue(form.helpEn());
			required.setValue(form.required());
			maxChoices.setValue(form.maxChoices());
			scaleMax.setValue(form.scaleMax() == null ? 5 : form.scaleMax());
			lowLabelNl.setValue(Objects.requireNonNullElse(form.lowLabelNl(), ""));
			lowLabelEn.setValue(Objects.requireNonNullElse(form.lowLabelEn(), ""));
			highLabelNl.setValue(Objects.requireNonNullElse(form.highLabelNl(), ""));
			highLabelEn.setValue(Objects.requireNonNullElse(form.highLabelEn(), ""));
			condition.getListDataView()
				.getItems()
				.filter(choice -> choice.optionId().equals(form.conditionOptionId()))
				.findFirst()
				.ifPresent(condition::setValue);
		}
		else {
			required.setValue(true);
			scaleMax.setValue(5);
		}
		boolean ownOptions = form != null && hasOwnOptions(form.kind());
		options.fill(ownOptions ? form.options() : List.of(), frozen);
		kind.setReadOnly(frozen);
		required.setReadOnly(frozen);
		maxChoices.setReadOnly(frozen);
		scaleMax.setReadOnly(frozen);
		condition.setReadOnly(frozen);
	}

	private Div imageSection(EditableQuestion editing, boolean frozen, ImageSaver imageSaver, Runnable imageRemover) {
		Div section = new Div();
		section.addClassName("question-dialog__image");
		section.add(new H3(getTranslation("consultation.admin.image.title")));
		if (editing.imageId() != null) {
			Image current = new Image(QuestionImages.url(editing.imageId()),
					Objects.requireNonNullElse(editing.imageAltNl(), ""));
			current.addClassName("question-dialog__preview");
			section.add(current);
			imageAltNl.setValue(Objects.requireNonNullElse(editing.imageAltNl(), ""));
			imageAltEn.setValue(Objects.requireNonNullElse(editing.imageAltEn(), ""));
		}
		if (!frozen) {
			Upload upload = new Upload(
					LimitedUpload.of(IMAGE_MAX_BYTES, "consultation.error.imageTooLarge", (name, bytes) -> {
						uploaded = bytes;
						imageStatus.setText(getTranslation("consultation.admin.image.chosen", name));
					}, () -> uploaded = null));
			upload.setMaxFiles(1);
			upload.setMaxFileSize(IMAGE_MAX_BYTES);
			upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
			upload.setI18n(UploadTexts.i18n(this, IMAGE_MAX_BYTES / (1024 * 1024), "consultation.error.imageType"));
			upload.addFileRemovedListener(removed -> uploaded = null);
			imageStatus.getElement().setAttribute("role", "status");
			imageStatus.addClassName("question-dialog__image-status");
			section.add(new Paragraph(getTranslation("consultation.admin.image.help")), upload, imageStatus);
		}
		imageAltNl.setLabel(getTranslation("consultation.admin.image.altNl"));
		imageAltNl.setRequiredIndicatorVisible(true);
		imageAltNl.setHelperText(getTranslation("consultation.admin.image.altHelp"));
		imageAltEn.setLabel(getTranslation("consultation.admin.image.altEn"));
		Button store = new Button(getTranslation("consultation.admin.image.save"), click -> {
			List.<HasValidation>of(imageAltNl, imageAltEn, imageProblem).forEach(field -> field.setInvalid(false));
			try {
				imageSaver.save(uploaded, imageAltNl.getValue(), imageAltEn.getValue());
				Notification.show(getTranslation("consultation.admin.image.saved"), 4000, Notification.Position.MIDDLE);
			}
			catch (Rejection rejected) {
				Map<String, HasValidation> fields = Map.of("image", imageProblem, "imageAltNl", imageAltNl,
						"imageAltEn", imageAltEn);
				String general = RejectionMessages.showOnFields(this, rejected, fields::get);
				if (!general.isEmpty()) {
					imageProblem.setErrorMessage(general);
					imageProblem.setInvalid(true);
				}
			}
		});
		section.add(imageAltNl, imageAltEn, imageProblem, store);
		if (editing.imageId() != null && !frozen) {
			Button remove = new Button(getTranslation("consultation.admin.image.remove"), click -> imageRemover.run());
			remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			section.add(remove);
		}
		return section;
	}

	private static boolean hasOwnOptions(QuestionKind kind) {
		return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE
				|| kind == QuestionKind.RANKING;
	}

	private void showKindFields() {
		QuestionKind chosen = kind.getValue();
		options.setVisible(chosen != null && hasOwnOptions(chosen));
		proposalNote.setVisible(chosen == QuestionKind.PROPOSAL);
		maxChoices.setVisible(chosen == QuestionKind.MULTIPLE_CHOICE || chosen == QuestionKind.PLACE);
		maxChoices.setLabel(getTranslation(chosen == QuestionKind.PLACE ? "consultation.admin.question.maxPins"
				: "consultation.admin.question.maxChoices"));
		scaleFields.setVisible(chosen == QuestionKind.SCALE);
		required.setVisible(chosen != QuestionKind.SECTION);
		textNl.setLabel(getTranslation(chosen == QuestionKind.SECTION ? "consultation.admin.question.headingNl"
				: chosen == QuestionKind.PROPOSAL ? "consultation.admin.question.proposalNl"
						: "consultation.admin.question.textNl"));
		condition.setVisible(chosen != QuestionKind.SECTION);
	}

	QuestionForm read() {
		QuestionKind chosen = kind.getValue();
		return new QuestionForm(chosen, textNl.getValue(), textEn.getValue(), helpNl.getValue(), helpEn.getValue(),
				required.getValue(), maxChoices.isVisible() ? maxChoices.getValue() : null,
				chosen == QuestionKind.SCALE ? scaleMax.getValue() : null, lowLabelNl.getValue(), lowLabelEn.getValue(),
				highLabelNl.getValue(), highLabelEn.getValue(),
				condition.getValue() == null || chosen == QuestionKind.SECTION ? null : condition.getValue().optionId(),
				chosen != null && hasOwnOptions(chosen) ? options.read() : new ArrayList<>());
	}

	private void save(Saver saver) {
		Map<String, HasValidation> fields = Map.ofEntries(Map.entry("kind", kind), Map.entry("textNl", textNl),
				Map.entry("textEn", textEn), Map.entry("helpNl", helpNl), Map.entry("helpEn", helpEn),
				Map.entry("options", options.problem()), Map.entry("maxChoices", maxChoices),
				Map.entry("scale", scaleMax), Map.entry("lowLabel", lowLabelNl), Map.entry("highLabel", highLabelNl),
				Map.entry("condition", condition));
		fields.values().forEach(field -> field.setInvalid(false));
		problem.setInvalid(false);
		try {
			saver.save(read());
			close();
		}
		catch (Rejection rejected) {
			String general = RejectionMessages.showOnFields(this, rejected, fields::get);
			if (!general.isEmpty()) {
				problem.setErrorMessage(general);
				problem.setInvalid(true);
			}
		}
	}

}
