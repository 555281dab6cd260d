package nl.wijkstem.idea;

import nl.wijkstem.idea.photo.PhotoProcessing;
import nl.wijkstem.base.Rejection;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Keeps the photos of a progress update ("in progress", "realised"): checked and
 * re-encoded like residents' photos, each with a required description.
 */
@Component
class UpdatePhotos {

	static final int MAX = 3;

	private final PhotoRepository photos;

	private final PhotoProcessing processing;

	private final PhotoStorage storage;

	UpdatePhotos(PhotoRepository photos, PhotoProcessing processing, PhotoStorage storage) {
		this.photos = photos;
		this.processing = processing;
		this.storage = storage;
	}

	/** Refuses what cannot be kept, before anything is written. */
	void check(IdeaStatus status, List<UpdatePhoto> uploads) {
		if (uploads.isEmpty()) {
			return;
		}
		if (!IdeaStatus.WITH_PHOTOS.contains(status)) {
			throw new Rejection(List.of(new Rejection.Problem("photos", "moderation.error.photosNotHere")));
		}
		if (uploads.size() > MAX) {
			throw new Rejection(List.of(new Rejection.Problem("photos", "photo.error.tooMany", MAX)));
		}
		if (uploads.stream().anyMatch(upload -> IdeaRules.clean(upload.altText()).isEmpty())) {
			throw new Rejection(List.of(new Rejection.Problem("photos", "photo.error.altText")));
		}
		if (uploads.stream()
			.anyMatch(upload -> IdeaRules.clean(upload.altText()).length() > PhotoService.ALT_TEXT_MAX)) {
			throw new Rejection(
					List.of(new Rejection.Problem("photos", "idea.error.tooLong", PhotoService.ALT_TEXT_MAX)));
		}
	}

	void keep(Long ideaId, Long statusChangeId, List<UpdatePhoto> uploads, Instant now) {
		for (int position = 0; position < uploads.size(); position++) {
			UpdatePhoto upload = uploads.get(position);
			PhotoProcessing.Processed processed = processing.process(upload.bytes());
			String stored = PhotoStorage.newName(processed.extension());
			String name = upload.fileName() == null ? "" : upload.fileName().strip();
			photos.saveAndFlush(Photo.withUpdate(ideaId, statusChangeId, position, stored, processed.contentType(),
					name.length() > 255 ? name.substring(0, 255) : name, IdeaRules.clean(upload.altText()),
					processed.width(), processed.height(), now));
			storage.store(stored, processed.bytes());
		}
	}

}
