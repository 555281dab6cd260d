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
record ProgrammeProperties(AreaSettings area, List<ClassificationSettings> goals, List<ClassificationSettings> themes) {

	ProgrammeProperties {
		goals = goals == null ? List.of() : List.copyOf(goals);
		themes = themes == null ? List.of() : List.copyOf(themes);
	}

	record AreaSettings(String code, String name, String municipality, String programmeName, Resource boundary,
			String defectsReportUrl) {
	}

	/**
	 * @param keywords words (Dutch and English) typical of ideas filed under this goal or
	 * theme: the filing suggestion starts from them before moderators have filed anything
	 */
	record ClassificationSettings(String code, LocalizedText name, LocalizedText description, List<String> keywords) {

		ClassificationSettings {
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
		}

	}

}
