package nl.wijkstem.account;

/**
 * How many of one kind of thing Wijkstem keeps about a person, as the overview on "my
 * data" lists it.
 *
 * @param labelKey the translation key of the kind, such as {@code myData.kept.ideas}
 * @param link where the person sees them, a path inside Wijkstem; {@code null} when only
 * the download shows them
 */
public record PersonalDataCount(String labelKey, long count, String link) {
}
