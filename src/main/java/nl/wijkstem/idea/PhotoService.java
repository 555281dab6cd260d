package nl.wijkstem.idea;

import nl.wijkstem.idea.photo.PhotoProcessing;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of ideas: up to three per idea, each with a description for people who cannot
 * see it. Only the author adds or changes them, and only while the idea can still be
 * edited; a photo is shown to exactly those who may see its idea.
 */
@Service
@Transactional(readOnly = true)
public class PhotoService {

	static final int MAX_PHOTOS = 3;

	static final int ALT_TEXT_MAX = 250;

	/**
	 * Photos one resident may have on ideas nobody has checked yet (drafts, changes
	 * asked).
	 */
	static final int MAX_UNSENT_PHOTOS_PER_RESIDENT = 10;

	private final PhotoRepository photos;

	private final IdeaRepository ideas;

	private final PhotoProcessing processing;

	private final PhotoStorage storage;

	private final IdeaAccess access;

	private final Clock clock;

	private final IdeaProperties properties;

	PhotoService(PhotoRepository photos, IdeaRepository ideas, PhotoProcessing processing, PhotoStorage storage,
			IdeaAccess access, Clock clock, IdeaProperties properties) {
		this.properties = properties;
		this.photos = photos;
		this.ideas = ideas;
		this.processing = processing;
		this.storage = storage;
		this.access = access;
		this.clock = clock;
	}

	/** Checks, re-encodes and keeps a photo for the resident's own idea. */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public PhotoView add(Long ideaId, String originalName, byte[] upload) {
		Idea idea = ownEditable(ideaId);
		long count = photos.countByIdeaId(ideaId);
		if (count >= MAX_PHOTOS) {
			throw new Rejection("photo.error.tooMany", MAX_PHOTOS);
		}
		if (photos.countByAuthor(idea.getAuthorId(),
				List.of(IdeaStatus.DRAFT, IdeaStatus.CHANGES_REQUESTED)) >= properties.unsentPhotosPerResident()) {
			throw new Rejection("photo.error.tooManyInDrafts", properties.unsentPhotosPerResident());
		}
		PhotoProcessing.Processed processed = processing.process(upload);
		String stored = PhotoStorage.newName(processed.extension());
		Photo photo = photos.saveAndFlush(new Photo(ideaId, (int) count, stored, processed.contentType(),
				shortened(originalName), processed.width(), processed.height(), clock.instant()));
		storage.store(stored, processed.bytes());
		return PhotoView.of(photo);
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void describe(Long photoId, String altText) {
		String text = IdeaRules.clean(altText);
		if (text.length() > ALT_TEXT_MAX) {
			throw new Rejection("idea.error.tooLong", ALT_TEXT_MAX);
		}
		Photo photo = ownPhoto(photoId);
		photo.describe(text);
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void remove(Long photoId) {
		Photo photo = ownPhoto(photoId);
		photos.delete(photo);
		storage.delete(photo.getStoredName());
	}

	/** The photos of the resident's own idea, for the form. */
	@RolesAllowed(Roles.RESIDENT)
	public List<PhotoView> ownPhotos(Long ideaId) {
		ownEditable(ideaId);
		return photos.findByIdeaIdOrderByPositionAsc(ideaId).stream().map(PhotoView::of).toList();
	}

	/** The photos of an idea the viewer may see. */
	@PermitAll
	public List<PhotoView> photos(Long ideaId) {
		return ideas.findById(ideaId)
			.filter(this::visible)
			.map(idea -> photos.findByIdeaIdOrderByPositionAsc(ideaId).stream().map(PhotoView::of).toList())
			.orElse(List.of());
	}

	/** A photo's file, if the viewer may see its idea. */
	@PermitAll
	public Optional<PhotoFile> file(Long photoId) {
		return photos.findById(photoId)
			.filter(photo -> ideas.findById(photo.getIdeaId()).filter(this::visible).isPresent())
			.flatMap(photo -> storage.read(photo.getStoredName())
				.map(bytes -> new PhotoFile(bytes, photo.getContentType())));
	}

	private boolean visible(Idea idea) {
		return access.visible(idea);
	}

	private Idea ownEditable(Long ideaId) {
		return access.ownEditable(ideaId);
	}

	private Photo ownPhoto(Long photoId) {
		Photo photo = photos.findById(photoId).orElseThrow(() -> new Rejection("photo.error.notFound"));
		ownEditable(photo.getIdeaId());
		return photo;
	}

	private static String shortened(String name) {
		String clean = name == null ? "" : name.strip();
		return clean.length() > 255 ? clean.substring(0, 255) : clean;
	}

}
