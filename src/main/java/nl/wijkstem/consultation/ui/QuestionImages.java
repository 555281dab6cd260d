package nl.wijkstem.consultation.ui;

/** Where a question's image is served, for everyone who may read the consultation. */
public final class QuestionImages {

	public static final String PATH = "/raadplegingen/afbeelding/";

	private QuestionImages() {
	}

	public static String url(Long imageId) {
		return PATH + imageId;
	}

}
