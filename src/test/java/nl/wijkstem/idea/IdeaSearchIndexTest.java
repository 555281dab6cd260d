package nl.wijkstem.idea;

import java.nio.file.Path;
import java.util.List;

import nl.wijkstem.idea.text.TextAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IdeaSearchIndexTest {

	@TempDir
	Path directory;

	private IdeaSearchIndex index;

	@BeforeEach
	void open() {
		index = new IdeaSearchIndex(directory, new TextAnalysis(TextAnalysis.Options.SHIPPED));
		index.indexAll(
				List.of(new IdeaText(1L, "The litter bin near the street light is full", "Please empty it more often."),
						new IdeaText(2L, "Meer parkeerplaatsen bij de flat", "De auto's staan op de stoep."),
						new IdeaText(3L, "Bankjes in het Westwijkpark", "Om even te zitten bij het water."),
						new IdeaText(4L, "Banenmarkt in de wijk", "Werk vinden dichtbij huis.")));
	}

	@AfterEach
	void close() {
		index.destroy();
	}

	@Test
	void aGlossaryTermOfTwoWords_isIndexed_andFoundByItsDutchWord() {
		assertThat(index.search("prullenbak", 10)).containsExactly(1L);
		assertThat(index.search("lantaarnpaal", 10)).containsExactly(1L);
	}

	@Test
	void commonDutchForms_findEachOther() {
		assertThat(index.search("parkeerplaats", 10)).containsExactly(2L);
		assertThat(index.search("bankje", 10)).containsExactly(3L);
	}

	@Test
	void stopWordsAlone_findNothing() {
		assertThat(index.search("de het in the", 10)).isEmpty();
	}

	@Test
	void similar_scoresFromZeroToOne_withTheSharedWordsAsTheIdeaWritesThem() {
		List<IdeaSearchIndex.Match> matches = index.similar("Prullenbak bij de lantaarnpaal vol", 5, 0);

		assertThat(matches).first().satisfies(match -> {
			assertThat(match.id()).isEqualTo(1L);
			assertThat(match.score()).isBetween(0.05, 1.0);
			assertThat(match.sharedWords()).isNotEmpty()
				.allSatisfy(word -> assertThat("The litter bin near the street light is full").contains(word));
		});
	}

	@Test
	void similar_staysSilent_belowTheMinimum() {
		assertThat(index.similar("Schaakclub voor senioren op dinsdag", 5, 0.2)).isEmpty();
		assertThat(index.similar("Banenmarkt in de wijk voor werk", 5, 0.2)).extracting(IdeaSearchIndex.Match::id)
			.containsExactly(4L);
	}

	@Test
	void aGlossaryCompoundInAnotherForm_isFound_andNamedAsTheIdeaWritesIt() {
		index.index(new IdeaText(5L, "Een lantaarnpaal bij de brug", "Er moet een lantaarnpaal bij."));

		assertThat(index.search("lantaarnpalen", 10)).contains(1L, 5L);
		assertThat(index.matchedWords("lantaarnpalen", List.of(5L))).containsEntry(5L, List.of("lantaarnpaal"));
	}

	@Test
	void anIdeaWithEveryWordSearchedFor_comesBeforeOneWithOnlyARareOne() {
		index.indexAll(List.of(
				new IdeaText(10L, "Meer licht op het pad langs de Krabbeplas",
						"Het wandelpad is 's avonds erg donker. Een paar lantaarnpalen zouden helpen."),
				new IdeaText(11L, "Een lantaarnpaal bij de brug",
						"Bij de brug is het donker. Er moet een lantaarnpaal bij."),
				new IdeaText(12L, "Bankjes bij de Krabbeplas", "Om even te zitten bij het water."),
				new IdeaText(13L, "Bankjes rond de Krabbeplas", "Om uit te rusten tijdens een wandeling."),
				new IdeaText(14L, "Meer parkeerplaatsen bij de flat", "De auto's staan op de stoep.")));

		assertThat(index.search("lantaarnpalen krabbeplas", 10)).first().isEqualTo(10L);
	}

}
