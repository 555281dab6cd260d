package nl.wijkstem.programme;

import nl.wijkstem.base.Languages;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class ProgrammeServiceTest {

	@Autowired
	ProgrammeService programme;

	@Test
	void overview_showsTheSeededWestwijkProgramme_inDutch() {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);

		assertThat(overview.programmeName()).isEqualTo("Wij de Westwijk");
		assertThat(overview.areaName()).isEqualTo("Westwijk");
		assertThat(overview.municipality()).isEqualTo("Vlaardingen");
		assertThat(overview.goals()).extracting(ProgrammeOverview.Category::name)
			.containsExactly("Een integrale aanpak met regie en een solide juridische basis",
					"Verbetering van slechte woningen en meer gemengde wijken",
					"Meer bewoners kunnen meedoen in de samenleving",
					"Preventie van jeugdcriminaliteit en betere weerbaarheid");
		assertThat(overview.themes()).extracting(ProgrammeOverview.Category::name)
			.containsExactly("Kind", "Ouders", "Leren en werken", "Leefbaarheid", "Veiligheid");
	}

	@Test
	void goals_haveTheirPlainShortNames_fromTheProgrammeFile_andThemesTheirNames() {
		assertThat(programme.overview(Languages.DUTCH).goals()).extracting(ProgrammeOverview.Category::shortName)
			.containsExactly("Samen werken aan de wijk", "Betere woningen en buurt", "Iedereen doet mee",
					"Jongeren veilig en sterk");
		assertThat(programme.overview(Languages.ENGLISH).goals().get(2).shortName()).isEqualTo("Everyone takes part");
		assertThat(programme.overview(Languages.DUTCH).themes())
			.allSatisfy(theme -> assertThat(theme.shortName()).isEqualTo(theme.name()));
	}

	@Test
	void overview_inEnglish_translatesGoalsAndThemes() {
		ProgrammeOverview overview = programme.overview(Languages.ENGLISH);

		assertThat(overview.goals().get(3).name()).isEqualTo("Preventing youth crime and building resilience");
		assertThat(overview.themes()).extracting(ProgrammeOverview.Category::name)
			.containsExactly("Child", "Parents", "Learning and work", "Liveability", "Safety");
		assertThat(overview.themes()).allSatisfy(theme -> assertThat(theme.description()).isNotBlank());
	}

	@Test
	void seedKeywords_everyGoalAndTheme_hasDutchAndEnglishKeywords_byItsId() {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		SeedKeywords keywords = programme.seedKeywords();

		assertThat(keywords.goals())
			.containsOnlyKeys(overview.goals().stream().map(ProgrammeOverview.Category::id).toList());
		assertThat(keywords.themes())
			.containsOnlyKeys(overview.themes().stream().map(ProgrammeOverview.Category::id).toList());
		assertThat(keywords.goals().get(overview.goals().get(2).id())).contains("huiswerk", "homework");
		assertThat(keywords.themes().get(overview.themes().get(4).id())).contains("veilig", "safe");
	}

	@Test
	void boundary_isAGeoJsonPolygon() {
		assertThat(programme.boundaryGeoJson()).contains("\"type\": \"Polygon\"").contains("4.3005, 51.9088");
	}

}
