package nl.wijkstem.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address as people write it, normalised: the postcode without a space in upper case,
 * the addition in upper case and empty when there is none.
 *
 * @param street the street name
 * @param houseNumber the house number, 1 to 99999
 * @param addition a letter or number after the house number, or empty
 * @param postcode a Dutch postcode, four digits and two letters, e.g. {@code 3132AB}
 * @param place the town or village, or {@code null} when not given
 */
record AddressLine(String street, int houseNumber, String addition, String postcode, String place) {

	/**
	 * Four digits (not starting with 0) and two letters; SA, SD and SS are never issued.
	 */
	private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}");

	/**
	 * @return the postcode in its usual form, e.g. {@code 3132AB}, or {@code null} when
	 * it is not a Dutch postcode
	 */
	static String normalisePostcode(String text) {
		String postcode = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return POSTCODE.matcher(postcode).matches() ? postcode : null;
	}

	/** The key that makes two lines the same address. */
	String key() {
		return postcode + ' ' + houseNumber + ' ' + addition;
	}

	/** E.g. {@code Reigerlaan 12 A}. */
	String streetLine() {
		return street + ' ' + houseNumber + (addition.isEmpty() ? "" : " " + addition);
	}

	/** E.g. {@code 3132 AB  VLAARDINGEN}, as Dutch post wants it. */
	String postcodeLine() {
		String formatted = postcode.substring(0, 4) + ' ' + postcode.substring(4);
		return place == null || place.isBlank() ? formatted
				: formatted + "  " + place.toUpperCase(Locale.forLanguageTag("nl"));
	}

	/** One line for screens: {@code Reigerlaan 12 A, 3132 AB}. */
	String oneLine() {
		return streetLine() + ", " + postcode.substring(0, 4) + ' ' + postcode.substring(4);
	}

}
