package nl.wijkstem.consultation;

/** A question's image as it is served. */
public record QuestionImageFile(String contentType, byte[] bytes) {
}
