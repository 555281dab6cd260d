package nl.wijkstem.idea.text;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalysisTest {

	private static final TextAnalysis SHIPPED = new TextAnalysis(TextAnalysis.Options.SHIPPED);

	private static final TextAnalysis BEFORE = new TextAnalysis(TextAnalysis.Options.SNOWBALL_ONLY);

	@ParameterizedTest(name = "\"{0}\" and \"{1}\" share a Dutch term")
	@CsvSource({ "kind, kinderen", "fiets, fietsen", "parkeerplaats, Parkeerplaatsen", "speeltuin, speeltuinen",
			"bank, bankjes", "boom, bomen", "school, scholen", "straat, straten", "buurtkinderen, kind",
			"speeltoestel, speeltoestellen", "hondenpoep, poep", "ideeën, ideeen" })
	void dutchForms_meet(String one, String other) {
		assertThat(SHIPPED.dutch())
			.satisfies(dutch -> assertThat(terms(dutch, one)).containsAnyElementsOf(terms(dutch, other)));
	}

	@Test
	void theSnowballStemmerAlone_missedThem() {
		Analyzer dutch = BEFORE.dutch();
		assertThat(terms(dutch, "kind")).doesNotContainAnyElementsOf(terms(dutch, "kinderen"));
		assertThat(terms(dutch, "fiets")).doesNotContainAnyElementsOf(terms(dutch, "fietsen"));
	}

	@Test
	void stopWordsOfBothLanguages_areGone_fromBothAnalyses() {
		assertThat(terms(SHIPPED.dutch(), "de the voor for een a")).isEmpty();
		assertThat(terms(SHIPPED.english(), "de the voor for een a")).isEmpty();
	}

	@Test
	void glossaryWords_meetAcrossLanguages() {
		List<String> dutch = terms(SHIPPED.dutch(), "De prullenbak is vol");
		List<String> english = terms(SHIPPED.english(), "the litter bin is full");
		assertThat(dutch).filteredOn(TextAnalysis::isConcept).containsAnyElementsOf(english);
	}

	@ParameterizedTest(name = "\"{0}\" carries its glossary meaning in Dutch")
	@CsvSource({ "lantaarnpaal, lantaarnpalen", "prullenbak, prullenbakken", "speeltuin, speeltuinen" })
	void aGlossaryCompound_carriesItsMeaning_inEachForm(String one, String other) {
		List<String> meanings = terms(SHIPPED.dutch(), one).stream().filter(TextAnalysis::isConcept).toList();

		assertThat(meanings).isNotEmpty();
		assertThat(terms(SHIPPED.dutch(), other)).containsAll(meanings);
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		return TextAnalysis.terms(analyzer, text);
	}

}
