package nl.wijkstem.idea;

import java.util.List;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class ModerationDecisionTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	NotificationService notifications;

	@Autowired
	ProgrammeService programme;

	@Autowired
	DemoUsers demo;

	@Test
	void askForChanges_returnsTheIdea_withTheMessage_andTellsTheAuthor() {
		Long id = submitted("kees");
		demo.signIn("moderator");
		IdeaDetails waiting = publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
		assertThat(decisions.queue(0, 100, Languages.DUTCH).cards()).anyMatch(card -> card.id().equals(id));

		decisions.decide(id, waiting.version(), ModerationDecision.REQUEST_CHANGES,
				"Wil je de naam van je buurman weghalen? Dan plaatsen we het graag.");

		demo.signIn("kees");
		IdeaDetails returned = publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
		assertThat(returned.status()).isEqualTo(IdeaStatus.CHANGES_REQUESTED);
		assertThat(returned.history().getLast().note()).startsWith("Wil je de naam");
		assertThat(notifications.unreadCount()).isPositive();
		// this idea's notice: other tests may have left Kees newer ones, made at a moved
		// clock
		NoticeView notice = notifications.myNotices()
			.stream()
			.filter(mine -> mine.link().equals("ideas/" + id))
			.findFirst()
			.orElseThrow();
		assertThat(notice.messageKey()).isEqualTo("notice.decision.REQUEST_CHANGES");
		assertThat(notice.link()).isEqualTo("ideas/" + id);

		IdeaDraft changed = ideas.ownDraft(id).orElseThrow();
		assertThat(ideas.submit(id, changed).status()).isEqualTo(IdeaStatus.SUBMITTED);
		notifications.markAllRead();
		assertThat(notifications.unreadCount()).isZero();
	}

	@Test
	void reject_needsAnExplanation_publish_doesNot() {
		Long rejected = submitted("fatima");
		Long published = submitted("fatima");
		demo.signIn("moderator");
		int version = version(rejected);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> decisions.decide(rejected, version, ModerationDecision.REJECT, "nee"))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("message"));
		decisions.decide(rejected, version, ModerationDecision.REJECT,
				"Dit gaat over een privé-ruzie tussen buren. Daar is dit platform niet voor.");
		decisions.decide(published, version(published), ModerationDecision.PUBLISH, "");

		SignIn.out();
		assertThat(publicIdeas.idea(rejected, Languages.DUTCH)).isEmpty();
		assertThat(publicIdeas.idea(published, Languages.DUTCH)).get()
			.extracting(IdeaDetails::status)
			.isEqualTo(IdeaStatus.PUBLISHED);
	}

	@Test
	void secondModerator_withAnOldVersion_isToldItChanged() {
		Long id = submitted("kees");
		demo.signIn("moderator");
		int seen = version(id);
		decisions.decide(id, seen, ModerationDecision.PUBLISH, "");

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> decisions.decide(id, seen, ModerationDecision.REJECT, "Toch maar niet, want dubbel."))
			.satisfies(problem -> assertThat(problem.problems().getFirst().messageKey())
				.isEqualTo("moderation.error.changedMeanwhile"));
		assertThat(publicIdeas.idea(id, Languages.DUTCH).orElseThrow().status()).isEqualTo(IdeaStatus.PUBLISHED);
	}

	@Test
	void filing_underAGoalAndThemes_makesTheIdeaFindableByThem() {
		Long id = submitted("kees");
		demo.signIn("moderator");
		decisions.decide(id, version(id), ModerationDecision.PUBLISH, "");
		assertThat(unfiled(id)).isTrue();
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		Long goal = overview.goals().get(2).id();
		Long child = overview.themes().get(0).id();
		Long parents = overview.themes().get(1).id();

		decisions.file(id, version(id), goal, Set.of(child, parents));

		IdeaDetails filed = publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
		// the goal's plain short name from the programme file, not the official title
		assertThat(filed.goalName()).isEqualTo("Iedereen doet mee");
		assertThat(filed.assignedThemeNames()).containsExactly("Kind", "Ouders");
		assertThat(unfiled(id)).isFalse();
		assertThat(ids(new IdeaQuery("", goal, null, null, null, IdeaSort.NEWEST))).contains(id);
		assertThat(ids(new IdeaQuery("", null, parents, null, null, IdeaSort.NEWEST))).contains(id);
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> decisions.file(id, filed.version(), null, Set.of()))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("goal"));
	}

	@Test
	void publishAndFile_inOneStep_doesBoth_orNeither() {
		Long id = submitted("kees");
		demo.signIn("moderator");
		List<ProgrammeOverview.Category> goals = programme.overview(Languages.DUTCH).goals();
		Long theme = programme.overview(Languages.DUTCH).themes().getFirst().id();
		int version = version(id);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> decisions.decideAndFile(id, version, ModerationDecision.PUBLISH, "", -1L, Set.of()))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("goal"));
		assertThat(publicIdeas.idea(id, Languages.DUTCH).orElseThrow().status()).isEqualTo(IdeaStatus.SUBMITTED);

		decisions.decideAndFile(id, version, ModerationDecision.PUBLISH, "Bedankt, je idee staat online.",
				goals.get(1).id(), Set.of(theme));

		IdeaDetails done = publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
		assertThat(done.status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(done.goalId()).isEqualTo(goals.get(1).id());
		assertThat(done.assignedThemeIds()).containsExactly(theme);
	}

	@Test
	void residents_cannotDecide() {
		Long id = submitted("kees");
		demo.signIn("fatima");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.decide(id, 0, ModerationDecision.PUBLISH, ""));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.queue(0, 20, Languages.DUTCH));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> decisions.file(id, 0, 1L, Set.of()));
	}

	private List<Long> ids(IdeaQuery query) {
		return publicIdeas.search(query, 0, 500, Languages.DUTCH).cards().stream().map(IdeaCard::id).toList();
	}

	private int version(Long id) {
		return publicIdeas.idea(id, Languages.DUTCH).orElseThrow().version();
	}

	private Long submitted(String author) {
		demo.signIn(author);
		IdeaDraft draft = new IdeaDraft("Speelplek voor kleine kinderen bij de flat",
				"Er is voor peuters nergens een veilige plek om te spelen, alleen de drukke straat.",
				PlaceKind.PLAYGROUND, null, "", null, null);
		return ideas.submit(null, draft).id();
	}

	/** Whether the idea is on the unfiled list, on whichever page (oldest first). */
	private boolean unfiled(Long id) {
		for (int page = 0;; page++) {
			IdeaPage found = decisions.unfiled(page, 500, Languages.DUTCH);
			if (found.cards().stream().anyMatch(card -> card.id().equals(id))) {
				return true;
			}
			if ((page + 1) * 500L >= found.total()) {
				return false;
			}
		}
	}

}
