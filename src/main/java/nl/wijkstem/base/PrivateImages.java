package nl.wijkstem.base;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An uploaded image served to a visitor who may see it (an idea's photo, a question's
 * image). Whether one may is decided per request (an unpublished idea's photo, a draft's
 * image exist for staff only), so it is kept in the browser's own cache, never in a
 * shared one.
 */
public final class PrivateImages {

	private PrivateImages() {
	}

	/** The image, shown in the page rather than downloaded. */
	public static ResponseEntity<byte[]> inline(String contentType, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(bytes);
	}

}
