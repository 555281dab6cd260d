package nl.wijkstem.idea.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DatabaseOutage;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.base.ui.LimitedUpload;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PhotoView;

/**
 * Up to three photos for the idea being written, each with a description for people who
 * cannot see it. A refused file is explained and nothing else in the form changes.
 * <p>
 * As a field of the form it stands for the descriptions: marked invalid, every photo
 * still without one shows the problem at its own description field.
 */
class PhotoSection extends Composite<Div> implements HasValidation {

	private static final int MAX_FILE_SIZE = 5 * 1024 * 1024;

	private static final int MAX_PHOTOS = 3;

	private final PhotoService photos;

	private final Supplier<Long> ideaId;

	private final UnorderedList list = new UnorderedList();

	private final Paragraph message = new Paragraph();

	/** The description field of each photo shown, by photo id, in their order. */
	private final Map<Long, TextField> descriptions = new LinkedHashMap<>();

	private final H2 heading = new H2();

	private String errorMessage = "";

	private boolean invalid;

	PhotoSection(PhotoService photos, Supplier<Long> ideaId) {
		this.photos = photos;
		this.ideaId = ideaId;
		// the size is checked while the file streams in, so an oversized one is never
		// held
		Upload upload = new Upload(LimitedUpload.of(MAX_FILE_SIZE, this::uploaded,
				() -> show(getTranslation("photo.error.tooLarge", MAX_FILE_SIZE / (1024 * 1024)))));
		upload.setMaxFiles(MAX_PHOTOS);
		upload.setMaxFileSize(MAX_FILE_SIZE);
		upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
		upload.setI18n(i18n());
		upload.addFileRejectedListener(rejected -> show(getTranslation("photo.error.rejected")));
		upload.addAllFinishedListener(finished -> upload.clearFileList());
		message.getElement().setAttribute("role", "status");
		message.addClassName("photo-message");
		list.addClassName("photo-list");
		getContent().addClassName("photo-section");
		heading.setText(getTranslation("photo.title"));
		getContent().add(heading, new Paragraph(getTranslation("photo.intro")), upload, message, list);
	}

	void refresh() {
		list.removeAll();
		descriptions.clear();
		Long id = ideaId.get();
		if (id != null) {
			photos.ownPhotos(id).forEach(photo -> list.add(item(photo)));
		}
	}

	private void uploaded(String fileName, byte[] bytes) {
		Long id = ideaId.get();
		if (id == null) {
			show(getTranslation("photo.error.noIdea"));
			return;
		}
		try {
			PhotoView added = photos.add(id, fileName, bytes);
			show(getTranslation("photo.added", fileName));
			refresh();
			// describing the photo is the next thing to do: the keyboard goes straight
			// there
			Optional.ofNullable(descriptions.get(added.id())).ifPresent(TextField::focus);
		}
		catch (Rejection rejected) {
			show(RejectionMessages.text(this, rejected));
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex)) {
				throw ex;
			}
			// said where the person looks, next to the upload, not as a generic error
			show(getTranslation("photo.error.notStored", fileName));
		}
	}

	private ListItem item(PhotoView photo) {
		Image image = new Image(photo.url(), photo.altText());
		image.addClassName("photo-thumbnail");
		TextField alt = new TextField(getTranslation("photo.alt"));
		descriptions.put(photo.id(), alt);
		alt.setHelperText(getTranslation("photo.alt.help"));
		alt.setValue(photo.altText());
		alt.setMaxLength(250);
		alt.setRequiredIndicatorVisible(true);
		alt.setWidthFull();
		alt.setId("photo-alt-" + photo.id());
		alt.addValueChangeListener(change -> {
			try {
				photos.describe(photo.id(), change.getValue());
				alt.setInvalid(false);
			}
			catch (Rejection rejected) {
				alt.setErrorMessage(RejectionMessages.text(this, rejected));
				alt.setInvalid(true);
			}
		});
		Span file = new Span(getTranslation("photo.file", photo.originalName()));
		file.addClassName("photo-file");
		Button remove = new Button(getTranslation("photo.remove"), click -> {
			photos.remove(photo.id());
			show(getTranslation("photo.removed"));
			refresh();
			// the photo and its button are gone: the keyboard goes to the photos' heading
			Focus.on(heading);
		});
		remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		ListItem item = new ListItem(image, new Div(file, alt, remove));
		item.addClassName("photo-item");
		return item;
	}

	/** The description fields still empty, in the form's order. */
	List<TextField> undescribed() {
		return descriptions.values().stream().filter(alt -> alt.getValue().isBlank()).toList();
	}

	@Override
	public void setErrorMessage(String errorMessage) {
		this.errorMessage = errorMessage == null ? "" : errorMessage;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public void setInvalid(boolean invalid) {
		this.invalid = invalid;
		descriptions.values().forEach(alt -> alt.setInvalid(false));
		if (invalid) {
			undescribed().forEach(alt -> {
				alt.setErrorMessage(errorMessage);
				alt.setInvalid(true);
			});
		}
	}

	@Override
	public boolean isInvalid() {
		return invalid;
	}

	private void show(String text) {
		message.setText(text);
	}

	private UploadI18N i18n() {
		UploadI18N i18n = new UploadI18N();
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("photo.upload.drop"))
			.setMany(getTranslation("photo.upload.drop")));
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("photo.upload.add"))
			.setMany(getTranslation("photo.upload.add")));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("photo.error.tooMany", MAX_PHOTOS))
			.setFileIsTooBig(getTranslation("photo.error.tooLarge", 5))
			.setIncorrectFileType(getTranslation("photo.error.type")));
		i18n.setFile(new UploadI18N.File().setRetry(getTranslation("photo.upload.retry"))
			.setStart(getTranslation("photo.upload.start"))
			.setRemove(getTranslation("photo.upload.remove")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("photo.upload.connecting"))
				.setStalled(getTranslation("photo.upload.stalled"))
				.setProcessing(getTranslation("photo.upload.processing"))
				.setHeld(getTranslation("photo.upload.held")))
			.setRemainingTime(
					new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("photo.upload.remaining"))
						.setUnknown(getTranslation("photo.upload.unknown")))
			.setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("photo.upload.failed"))
				.setUnexpectedServerError(getTranslation("photo.upload.failed"))
				.setForbidden(getTranslation("photo.upload.failed"))
				.setFileTooLarge(getTranslation("photo.error.tooLarge", 5))));
		i18n.setUnits(List.of(getTranslation("photo.upload.units").split(",")));
		return i18n;
	}

}
