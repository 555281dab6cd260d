package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload component's own texts, in the person's language, for one file.
 */
public final class UploadTexts {

	private UploadTexts() {
	}

	/** With the general "wrong kind of file" text. */
	public static UploadI18N i18n(Component view, int maxMegabytes) {
		return i18n(view, maxMegabytes, "upload.error.type");
	}

	/**
	 * @param wrongTypeKey the translation key that says which kinds of file are accepted
	 */
	public static UploadI18N i18n(Component view, int maxMegabytes, String wrongTypeKey) {
		UploadI18N i18n = new UploadI18N();
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation("upload.drop"))
			.setMany(view.getTranslation("upload.drop")));
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation("upload.add"))
			.setMany(view.getTranslation("upload.add")));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(view.getTranslation("upload.error.tooMany"))
			.setFileIsTooBig(view.getTranslation("upload.error.tooLarge", maxMegabytes))
			.setIncorrectFileType(view.getTranslation(wrongTypeKey)));
		i18n.setFile(new UploadI18N.File().setRetry(view.getTranslation("upload.retry"))
			.setStart(view.getTranslation("upload.start"))
			.setRemove(view.getTranslation("upload.remove")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(view.getTranslation("upload.connecting"))
				.setStalled(view.getTranslation("upload.stalled"))
				.setProcessing(view.getTranslation("upload.processing"))
				.setHeld(view.getTranslation("upload.held")))
			.setRemainingTime(
					new UploadI18N.Uploading.RemainingTime().setPrefix(view.getTranslation("upload.remaining"))
						.setUnknown(view.getTranslation("upload.unknown")))
			.setError(new UploadI18N.Uploading.Error().setServerUnavailable(view.getTranslation("upload.failed"))
				.setUnexpectedServerError(view.getTranslation("upload.failed"))
				.setForbidden(view.getTranslation("upload.failed"))
				.setFileTooLarge(view.getTranslation("upload.error.tooLarge", maxMegabytes))));
		i18n.setUnits(List.of(view.getTranslation("upload.units").split(",")));
		return i18n;
	}

}
