package nl.wijkstem.idea;

import java.util.List;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class DraftsAndSupportChancesTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaRepository rows;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void drafts_latestFirst_andOnlyDrafts() {
		demo.signIn("kees");
		Long older = ideas.save(null, draft("Een bankje bij de bushalte aan de Marathonweg"));
		Long newer = ideas.save(null, draft("Een bankje bij de ingang van het Westwijkpark"));
		Long sent = ideas.submit(null, sendable("Een bankje bij de speeltuin aan de Reigerlaan")).id();

		List<Long> drafts = ideas.drafts().stream().map(DraftSummary::id).toList();

		assertThat(drafts).containsSubsequence(newer, older).doesNotContain(sent);
		assertThat(drafts.getFirst()).isEqualTo(newer);
	}

	@Test
	void deleteDraft_removesTheRow() {
		demo.signIn("kees");
		Long id = ideas.save(null, draft("Een boom op het plein bij de bibliotheek"));

		ideas.deleteDraft(id);

		assertThat(rows.findById(id)).isEmpty();
		assertThat(ideas.drafts()).extracting(DraftSummary::id).doesNotContain(id);
	}

	@Test
	void deleteDraft_ofSomeoneElse_orOfAnIdeaSentIn_isRefused_andKeepsIt() {
		Long fatimasDraft = demo.as("fatima", () -> ideas.save(null, draft("Een picknicktafel aan de Krabbeplas")));
		demo.signIn("kees");
		Long sent = ideas.submit(null, sendable("Een picknicktafel bij het Marnixplantsoen graag")).id();

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.deleteDraft(fatimasDraft));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.deleteDraft(sent));
		assertThat(rows.findById(fatimasDraft)).isPresent();
		assertThat(rows.findById(sent)).isPresent();
	}

	@Test
	void supportChances_sayWhatSupportWouldDo() {
		Long open = published("fatima", "Een drinkfontein bij het trapveldje aan de Goudenregenlaan");
		Long supported = published("fatima", "Een drinkfontein bij de sporthal aan de Van Hogendorplaan");
		Long inProgress = published("fatima", "Een drinkfontein bij de school aan de Floris de Vijfdelaan");
		Long own = published("kees", "Een drinkfontein bij het winkelcentrum in de Westwijk");
		demo.run("kees", () -> ideas.support(supported));
		demo.run("moderator", () -> moderation.updateStatus(inProgress, version(inProgress), IdeaStatus.IN_PROGRESS,
				"De gemeente legt de fontein in april aan."));

		demo.signIn("kees");
		assertThat(ideas.supportChances(List.of(open, supported, inProgress, own)))
			.containsEntry(open, SupportChance.OPEN)
			.containsEntry(supported, SupportChance.SUPPORTED)
			.containsEntry(inProgress, SupportChance.CLOSED)
			.containsEntry(own, SupportChance.OWN);

		// the answers match what support itself does
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.support(inProgress));
		assertThat(ideas.support(supported)).isFalse();
		assertThat(ideas.support(open)).isTrue();
		assertThat(ideas.supportChances(List.of(open))).containsEntry(open, SupportChance.SUPPORTED);
	}

	private int version(Long id) {
		return publicIdeas.idea(id, Languages.DUTCH).orElseThrow().version();
	}

	private Long published(String author, String title) {
		return fixture.sentInAndPublished(author, sendable(title));
	}

	private static IdeaDraft draft(String title) {
		return new IdeaDraft(title, "", null, null, "", null, null);
	}

	private static IdeaDraft sendable(String title) {
		return new IdeaDraft(title, "Dit zou de buurt voor jong en oud een stuk prettiger maken, denk ik.",
				PlaceKind.SQUARE, null, "", null, null);
	}

}
