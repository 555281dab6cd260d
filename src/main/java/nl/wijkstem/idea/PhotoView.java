package nl.wijkstem.idea;

/**
 * A photo as views show it: its address, its alt text and (for its uploader) the name of
 * the file it came from. Alt text and file name are user text.
 */
public record PhotoView(Long id, String url, String altText, String originalName) {

	static PhotoView of(Photo photo) {
		return new PhotoView(photo.getId(), PhotoFile.URL_PREFIX + photo.getId(), photo.getAltText(),
				photo.getOriginalName());
	}

}
