package nl.wijkstem.idea;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLanguageTest {

	@Test
	void guess_recognisesTheLanguagesOfTheNeighbourhood() {
		assertThat(TextLanguage.guess("Meer bankjes in het park\nDe ouderen in de wijk willen graag even zitten als ze "
				+ "naar de winkel lopen."))
			.isEqualTo("nl");
		assertThat(TextLanguage.guess("More benches in the park\nOlder people would like to sit down for a while on "
				+ "their way to the shops."))
			.isEqualTo("en");
		assertThat(TextLanguage
			.guess("Parkta daha fazla bank\nYaşlılar markete giderken biraz oturmak istiyor, " + "çünkü yol çok uzun."))
			.isEqualTo("tr");
		assertThat(TextLanguage.guess("مقاعد أكثر في الحديقة\nيريد كبار السن الجلوس قليلا في الطريق إلى المتجر"))
			.isEqualTo("ar");
		assertThat(TextLanguage.guess("Więcej ławek w parku\nStarsi ludzie chcą usiąść na chwilę, gdy idą do sklepu."))
			.isEqualTo("pl");
	}

	@Test
	void guess_withoutClearEvidence_saysUnknown() {
		assertThat(TextLanguage.guess("Marnixplantsoen 2026")).isEqualTo(TextLanguage.UNKNOWN);
		assertThat(TextLanguage.guess("")).isEqualTo(TextLanguage.UNKNOWN);
		assertThat(TextLanguage.guess(null)).isEqualTo(TextLanguage.UNKNOWN);
	}

}
