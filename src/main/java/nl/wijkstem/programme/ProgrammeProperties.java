package nl.wijkstem.programme;

import java.util.List;

import nl.wijkstem.base.LocalizedText;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The programme an installation starts with (Westwijk by default, see
 * {@code programme/westwijk.yml}). It is copied into the database on the first start;
 * from then on the database is the truth.
 */
@ConfigurationProperties("wijkstem.programme")
record ProgrammeProperties(AreaSettings area, List<ClassificationSettings> goals, List<ClassificationSettings> themes,
		ContactSettings contact, HouseStyleSettings houseStyle) {

	ProgrammeProperties {
		houseStyle = houseStyle == null ? new HouseStyleSettings(null, null) : houseStyle;
		contact = contact == null ? new ContactSettings(null, null, null, null, null, null, null) : contact;
		goals = goals == null ? List.of() : List.copyOf(goals);
		themes = themes == null ? List.of() : List.copyOf(themes);
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
