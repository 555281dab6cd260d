package nl.wijkstem.idea.photo;

import nl.wijkstem.base.PrivateImages;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PhotoFile;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves photo files. Whether the viewer may see one is decided per request by
 * {@link PhotoService}: the photo of an unpublished idea does not exist for others.
 */
@RestController
public class PhotoEndpoint {

	private final PhotoService photos;

	PhotoEndpoint(PhotoService photos) {
		this.photos = photos;
	}

	@GetMapping(PhotoFile.URL_PREFIX + "{id:[0-9]{1,18}}")
	public ResponseEntity<byte[]> photo(@PathVariable("id") Long id) {
		return photos.file(id)
			.map(file -> PrivateImages.inline(file.contentType(), file.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
