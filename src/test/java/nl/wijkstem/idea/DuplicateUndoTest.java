package nl.wijkstem.idea;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class DuplicateUndoTest {

	private static final String MARK = "Dit idee bestaat al. Steun het andere idee, dan telt je stem mee.";

	private static final String UNDO = "Toch geen dubbel idee: het gaat over een andere plek in de wijk.";

	@Autowired
	IdeaService ideas;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	ModerationQueue queue;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void undo_ofAPublishedIdea_bringsItBack_withItsSupportsUntouched_andTellsTheAuthor() {
		Long original = fixture.publishedBy("fatima", "Bankjes bij de vijver " + IdeaFixture.unique());
		Long duplicate = fixture.publishedBy("kees", "Bankjes bij het water " + IdeaFixture.unique());
		demo.signIn("fatima");
		ideas.support(duplicate);
		demo.signIn("moderator");
		moderation.markDuplicate(duplicate, fixture.version(duplicate), original, MARK);

		DuplicateInfo info = moderation.duplicate(duplicate).orElseThrow();
		assertThat(info.original().id()).isEqualTo(original);
		assertThat(info.statusAfterUndo()).isEqualTo(IdeaStatus.PUBLISHED);
		moderation.undoDuplicate(duplicate, fixture.version(duplicate), UNDO);

		IdeaDetails back = details(duplicate);
		assertThat(back.status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(back.duplicateOf()).isNull();
		assertThat(back.supportCount()).isEqualTo(1);
		assertThat(moderation.duplicate(duplicate)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Long.class, duplicate))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action_code = 'idea.duplicateUndone' and subject_id = ?",
				Long.class, duplicate))
			.isEqualTo(1);
		SignIn.out();
		assertThat(publicIdeas.search(IdeaQuery.all(), 0, 2000, Languages.DUTCH).cards()).extracting(IdeaCard::id)
			.contains(duplicate);
		demo.signIn("kees");
		assertThat(notifications.myNotices()).anySatisfy(notice -> {
			assertThat(notice.messageKey()).isEqualTo("notice.outcome.DUPLICATE_UNDONE");
			assertThat(notice.detail()).isEqualTo(UNDO);
		});
	}

	@Test
	void undo_ofAnIdeaMarkedBeforeItWasPublished_putsItBackInTheQueue() {
		Long original = fixture.publishedBy("fatima", "Meer licht in het steegje " + IdeaFixture.unique());
		String marker = IdeaFixture.unique();
		Long duplicate = fixture.submittedBy("kees", "Lampen in het steegje " + marker);
		demo.signIn("moderator");
		moderation.markDuplicate(duplicate, fixture.version(duplicate), original, MARK);

		moderation.undoDuplicate(duplicate, fixture.version(duplicate), UNDO);

		assertThat(details(duplicate).status()).isEqualTo(IdeaStatus.SUBMITTED);
		assertThat(jdbc.queryForObject("select published_at is null from idea where id = ?", Boolean.class, duplicate))
			.isTrue();
		assertThat(queue
			.page(new QueueQuery(QueueList.SUBMITTED, marker, null, null, null, null, null, null), 0, 20,
					Languages.DUTCH)
			.cards()).extracting(QueueCard::ideaId).containsExactly(duplicate);
	}

	@Test
	void undo_ofAnIdeaMarkedBeforeTheStatusWasKept_goesBackToItsLastStatusInTheHistory() {
		Long original = fixture.publishedBy("fatima", "Speelplek bij de school " + IdeaFixture.unique());
		Long duplicate = fixture.publishedBy("kees", "Speeltuin bij de school " + IdeaFixture.unique());
		demo.signIn("moderator");
		moderation.updateStatus(duplicate, fixture.version(duplicate), IdeaStatus.UNDER_CONSIDERATION,
				"We bekijken of dit kan op het schoolplein.");
		moderation.markDuplicate(duplicate, fixture.version(duplicate), original, MARK);
		jdbc.update("update idea set status_before_duplicate = null where id = ?", duplicate);

		moderation.undoDuplicate(duplicate, fixture.version(duplicate), UNDO);

		assertThat(details(duplicate).status()).isEqualTo(IdeaStatus.UNDER_CONSIDERATION);
	}

	@Test
	void undo_withoutAReason_orOfAnIdeaThatIsNoDuplicate_changesNothing() {
		Long original = fixture.publishedBy("fatima", "Fietsenrek bij de winkels " + IdeaFixture.unique());
		Long duplicate = fixture.publishedBy("kees", "Fietsen stallen bij de winkels " + IdeaFixture.unique());
		demo.signIn("moderator");
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> moderation.undoDuplicate(duplicate, fixture.version(duplicate), UNDO))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("moderation.error.notDuplicate"));
		moderation.markDuplicate(duplicate, fixture.version(duplicate), original, MARK);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> moderation.undoDuplicate(duplicate, fixture.version(duplicate), "kort"));
		assertThat(details(duplicate).status()).isEqualTo(IdeaStatus.DUPLICATE);
		demo.signIn("kees");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> moderation.undoDuplicate(duplicate, 0, UNDO));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> moderation.duplicate(duplicate));
		assertThat(details(duplicate).status()).isEqualTo(IdeaStatus.DUPLICATE);
	}

	private IdeaDetails details(Long id) {
		return publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
	}

}
