package nl.wijkstem.programme;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import nl.wijkstem.base.AccessibilityStatement;
import nl.wijkstem.base.LocalizedText;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The programme an installation starts with (Westwijk by default, see
 * {@code programme/westwijk.yml}). It is copied into the database on the first start;
 * from then on the database is the truth. The contact, house style, short names and
 * accessibility statement are read at every start; a statement that misses a required
 * part stops the start with a message naming it.
 */
@ConfigurationProperties("wijkstem.programme")
@Validated
record ProgrammeProperties(AreaSettings area, List<ClassificationSettings> goals, List<ClassificationSettings> themes,
		ContactSettings contact, HouseStyleSettings houseStyle,
		@NotNull(message = "is required: every public body publishes an accessibility statement "
				+ "(see programme/westwijk.yml for an example)") @Valid AccessibilityStatement accessibilityStatement) {

	ProgrammeProperties {
		houseStyle = houseStyle == null ? new HouseStyleSettings(null, null) : houseStyle;
		contact = contact == null ? new ContactSettings(null, null, null, null, null, null, null) : contact;
		goals = goals == null ? List.of() : List.copyOf(goals);
		themes = themes == null ? List.of() : List.copyOf(themes);
	}

	/**
	 * The statement sends residents with a barrier to the bureau, so the bureau must be
	 * reachable by e-mail and by phone.
	 */
	@AssertTrue(
			message = "the accessibility statement needs the bureau's email and phone under wijkstem.programme.contact")
	public boolean isContactGivenForTheStatement() {
		return accessibilityStatement == null || given(contact.email()) && given(contact.phone());
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	record AreaSettings(String code, String name, String municipality, String programmeName, Resource boundary,
			String defectsReportUrl) {
	}

	/**
	 * How residents reach the programme bureau, shown in every page's footer. Read at
	 * every start, like the letters' section; the municipality's name is the area's.
	 */
	record ContactSettings(String bureau, List<String> visitingAddress, LocalizedText openingHours, String phone,
			String email, String municipalityUrl, String sourceUrl) {
	}

	/**
	 * The programme's colour and header logo, read at every start.
	 *
	 * @param colour {@code #rrggbb}, dark enough for white text on it
	 * @param logo a PNG, JPEG or SVG file, or none for the programme's name in text
	 */
	record HouseStyleSettings(String colour, Resource logo) {
	}

	/**
	 * @param shortName a plain short name for residents (B1), read at every start like
	 * the contact; optional
	 * @param keywords words (Dutch and English) typical of ideas filed under this goal or
	 * theme: the filing suggestion starts from them before moderators have filed anything
	 */
	record ClassificationSettings(String code, LocalizedText name, LocalizedText shortName, LocalizedText description,
			List<String> keywords) {

		ClassificationSettings {
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
		}

	}

}
