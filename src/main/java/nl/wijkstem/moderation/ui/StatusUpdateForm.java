package nl.wijkstem.moderation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.UpdatePhoto;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Moves a public idea to its next status with an update everyone reads on the idea page,
 * and for work in progress or done, up to three photos with descriptions. The photos wait
 * in memory until the update is saved; nothing is kept for an update that is not.
 */
class StatusUpdateForm extends ActionForm {

	private static final int MAX_PHOTOS = 3;

	private static final int MAX_FILE_SIZE = 5 * 1024 * 1024;

	private final List<PendingPhoto> photos = new ArrayList<>();

	private final Div photoList = new Div();

	StatusUpdateForm(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea, Runnable reload) {
		super("moderation.status", templates, reload);
		RadioButtonGroup<IdeaStatus> next = new RadioButtonGroup<>(getTranslation("moderation.status.next"));
		next.setItems(nextStatuses(idea));
		next.setItemLabelGenerator(status -> getTranslation("idea.status." + status) + " – "
				+ getTranslation("idea.status.help." + status));
		next.addClassName("vertical-options");
		TextArea message = reasonArea("moderation.status.message");
		UI ui = UI.getCurrent();
		Upload upload = new Upload(
				UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> added(metadata.fileName(), bytes))));
		upload.setMaxFiles(MAX_PHOTOS);
		upload.setMaxFileSize(MAX_FILE_SIZE);
		upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
		upload.addAllFinishedListener(finished -> upload.clearFileList());
		photoList.addClassName("photo-list");
		Button save = new Button(getTranslation("moderation.status.save"), click -> {
			if (next.getValue() == null) {
				next.setErrorMessage(getTranslation("moderation.error.status"));
				next.setInvalid(true);
				return;
			}
			List<UpdatePhoto> uploads = photos.stream()
				.map(photo -> new UpdatePhoto(photo.fileName(), photo.bytes(), photo.alt().getValue()))
				.toList();
			run(() -> moderation.updateStatus(idea.id(), idea.version(), next.getValue(), message.getValue(), uploads),
					"moderation.status.saved", message);
		});
		getContent().add(next, templatesFor(message, DecisionKind.STATUS_UPDATE), message,
				new Paragraph(getTranslation("moderation.status.photos")), upload, photoList, save);
		getContent().addClassName("status-form");
	}

	/**
	 * The statuses a moderator may move this idea to: the one place that decides, so the
	 * idea lifecycle's allowed transitions can take over here.
	 */
	static List<IdeaStatus> nextStatuses(IdeaDetails idea) {
		return IdeaStatus.listed().stream().filter(status -> status != idea.status()).toList();
	}

	private void added(String fileName, byte[] bytes) {
		if (photos.size() >= MAX_PHOTOS) {
			return;
		}
		TextField alt = new TextField(getTranslation("moderation.status.photo.alt", fileName));
		alt.setHelperText(getTranslation("photo.alt.help"));
		alt.setMaxLength(250);
		alt.setWidthFull();
		PendingPhoto photo = new PendingPhoto(fileName, bytes, alt);
		Button remove = new Button(getTranslation("photo.remove"));
		Div row = new Div(alt, remove);
		remove.addClickListener(click -> {
			photos.remove(photo);
			photoList.remove(row);
		});
		photos.add(photo);
		photoList.add(row);
	}

	private record PendingPhoto(String fileName, byte[] bytes, TextField alt) {
	}

}
