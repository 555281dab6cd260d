package nl.wijkstem.base;

import java.util.List;

/**
 * How residents reach the programme bureau, the municipality and Wijkstem's source code,
 * as the footer of every page shows them. Empty values are left off.
 *
 * @param bureau the bureau's name, e.g. "Programmabureau Wij de Westwijk"
 * @param visitingAddress the lines of the address where residents can walk in
 * @param openingHours when the bureau is open, a whole sentence per language
 * @param phone the bureau's telephone number as people dial it
 * @param email the bureau's e-mail address
 * @param municipality the municipality's name
 * @param municipalityUrl the municipality's website
 * @param sourceUrl where Wijkstem's source code can be read
 */
public record ProgrammeContact(String bureau, List<String> visitingAddress, LocalizedText openingHours, String phone,
		String email, String municipality, String municipalityUrl, String sourceUrl) {

	public ProgrammeContact {
		bureau = strip(bureau);
		visitingAddress = visitingAddress == null ? List.of()
				: visitingAddress.stream().map(ProgrammeContact::strip).filter(line -> !line.isEmpty()).toList();
		openingHours = openingHours == null ? new LocalizedText("", "") : openingHours;
		phone = strip(phone);
		email = strip(email);
		municipality = strip(municipality);
		municipalityUrl = strip(municipalityUrl);
		sourceUrl = strip(sourceUrl);
	}

	/** The phone number as a {@code tel:} address: digits and a leading plus only. */
	public String phoneLink() {
		return "tel:" + phone.replaceAll("[^0-9+]", "");
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
