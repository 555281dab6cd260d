package nl.wijkstem.idea;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.base.Languages;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class ModerationQueueTest {

	@Autowired
	ModerationQueue queue;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	CommentService comments;

	@Autowired
	ProgrammeService programme;

	@Autowired
	TestClock clock;

	@Autowired
	DemoUsers demo;

	@Test
	void card_showsWhenWhoWhereAndLanguage_withTheAuthorAsThePublicPageNamesThem() {
		String marker = IdeaFixture.unique();
		Long id = submit("kees", "Bankjes " + marker,
				"Meer bankjes in het park, want de ouderen in de wijk willen " + "graag even zitten.", PlaceKind.GREEN,
				"Bij de vijver in het Marnixplantsoen");
		demo.signIn("moderator");
		Long collected = decisions.collect(new CollectedIdea(new IdeaDraft("Speeltuin " + marker,
				"Een schommel voor de kleintjes bij de flat, want er is nu niets om te spelen.", PlaceKind.PLAYGROUND,
				null, "", null, null), "Bewonersavond in het buurthuis", "Mevrouw Bos"));

		QueueCard card = single(search(QueueList.SUBMITTED, marker));
		assertThat(card.ideaId()).isEqualTo(id);
		assertThat(card.authorName()).isEqualTo("Kees de Vries").isEqualTo(publicAuthor(id));
		assertThat(card.placeKind()).isEqualTo(PlaceKind.GREEN);
		assertThat(card.locationText()).isEqualTo("Bij de vijver in het Marnixplantsoen");
		assertThat(card.language()).isEqualTo("nl");
		assertThat(card.submittedAt()).isNotNull().isEqualTo(card.waitingSince());
		assertThat(card.commentId()).isNull();
		assertThat(single(search(QueueList.UNFILED, marker)).authorName()).isEqualTo("Mevrouw Bos")
			.isEqualTo(publicAuthor(collected));
	}

	@Test
	void search_findsWordsInTitleOrDescription_inAnyCase_andKeepsPages() {
		String marker = IdeaFixture.unique();
		Long first = submit("kees", "Eerste idee met een lange titel",
				"Iets over " + marker.toUpperCase() + " in de beschrijving, lang genoeg om te versturen.",
				PlaceKind.STREET, "");
		Long second = submit("fatima", "Tweede idee " + marker,
				"Een gewone beschrijving die lang genoeg is om te " + "versturen.", PlaceKind.STREET, "");
		Long third = submit("kees", "Derde idee " + marker,
				"Een gewone beschrijving die lang genoeg is om te " + "versturen.", PlaceKind.STREET, "");
		demo.signIn("moderator");
		QueueQuery query = new QueueQuery(QueueList.SUBMITTED, marker, null, null, null, null, null, null);

		QueuePage page1 = queue.page(query, 0, 2, Languages.DUTCH);
		QueuePage page2 = queue.page(query, 1, 2, Languages.DUTCH);

		assertThat(page1.total()).isEqualTo(3);
		assertThat(ids(page1)).containsExactly(first, second);
		assertThat(ids(page2)).containsExactly(third);
		assertThat(search(QueueList.SUBMITTED, "100%_" + marker).cards()).isEmpty();
	}

	@Test
	void filters_byPlaceLanguageGoalThemeAndAge() {
		String marker = IdeaFixture.unique();
		clock.moveBy(Duration.ofDays(-10));
		Long old = submit("kees", "Oud idee " + marker, "Een oud idee over de straat, lang genoeg om te versturen.",
				PlaceKind.STREET, "");
		clock.reset();
		demo.signIn("fatima");
		Long theme = categories(false).getFirst();
		Long english = ideas
			.submit(null,
					new IdeaDraft("Idea " + marker,
							"More benches in the park for the older people of the neighbourhood, please.",
							PlaceKind.GREEN, theme, "", null, null))
			.id();
		Long fresh = submit("kees", "Nieuw idee " + marker,
				"Een nieuw idee over het groen, lang genoeg om te " + "versturen.", PlaceKind.GREEN, "");
		demo.signIn("moderator");
		List<Long> goals = categories(true);
		decisions.file(fresh, publicIdeas.idea(fresh, Languages.DUTCH).orElseThrow().version(), goals.get(0), Set.of());

		assertThat(ids(queue.page(query(marker).place(PlaceKind.GREEN), 0, 20, Languages.DUTCH)))
			.containsExactly(english, fresh);
		assertThat(ids(queue.page(query(marker).language("en"), 0, 20, Languages.DUTCH))).containsExactly(english);
		assertThat(ids(queue.page(query(marker).goal(goals.get(0)), 0, 20, Languages.DUTCH))).containsExactly(fresh);
		assertThat(ids(queue.page(query(marker).goal(goals.get(1)), 0, 20, Languages.DUTCH))).isEmpty();
		assertThat(ids(queue.page(query(marker).theme(theme), 0, 20, Languages.DUTCH))).containsExactly(english);
		assertThat(ids(queue.page(query(marker).age(QueueAge.OVER_A_WEEK), 0, 20, Languages.DUTCH)))
			.containsExactly(old);
		assertThat(ids(queue.page(query(marker).age(QueueAge.UNDER_A_DAY), 0, 20, Languages.DUTCH)))
			.containsExactly(english, fresh);
		assertThat(ids(queue.page(query(marker).age(QueueAge.OVER_A_MONTH), 0, 20, Languages.DUTCH))).isEmpty();
	}

	@Test
	void sort_oldestFirstByDefault_orNewest_orMostReported() {
		String marker = IdeaFixture.unique();
		Long first = publish(submit("kees", "Een " + marker, "Eerste beschrijving die lang genoeg is om te versturen.",
				PlaceKind.STREET, ""));
		clock.moveBy(Duration.ofMinutes(1));
		Long second = publish(submit("kees", "Twee " + marker,
				"Tweede beschrijving die lang genoeg is om te versturen.", PlaceKind.STREET, ""));
		clock.moveBy(Duration.ofMinutes(1));
		Long third = publish(submit("kees", "Drie " + marker, "Derde beschrijving die lang genoeg is om te versturen.",
				PlaceKind.STREET, ""));
		report("fatima", second, null, ReportReason.SPAM);
		report("moderator", second, null, ReportReason.OFFENSIVE);
		report("fatima", third, null, ReportReason.SPAM);
		demo.signIn("moderator");

		assertThat(ids(search(QueueList.UNFILED, marker))).containsExactly(first, second, third);
		assertThat(ids(queue.page(query(QueueList.UNFILED, marker, QueueSort.NEWEST).query(), 0, 20, Languages.DUTCH)))
			.containsExactly(third, second, first);
		QueuePage mostReported = queue.page(query(QueueList.UNFILED, marker, QueueSort.MOST_REPORTED).query(), 0, 20,
				Languages.DUTCH);
		assertThat(ids(mostReported)).containsExactly(second, third, first);
		assertThat(mostReported.cards().getFirst().reasons()).containsEntry(ReportReason.SPAM, 1L)
			.containsEntry(ReportReason.OFFENSIVE, 1L);
		assertThat(mostReported.cards().getFirst().reports()).isEqualTo(2);
		assertThat(ids(
				queue.page(query(QueueList.REPORTED, marker, QueueSort.MOST_REPORTED).query(), 0, 20, Languages.DUTCH)))
			.containsExactly(second, third);
	}

	@Test
	void reportedComment_isNamedByItsWords_andTheIdeaItBelongsTo() {
		String marker = IdeaFixture.unique();
		Long idea = publish(submit("fatima", "Idee met reactie " + marker,
				"Een beschrijving die lang genoeg is om te versturen.", PlaceKind.SQUARE, "Op het plein"));
		demo.signIn("kees");
		Long comment = comments.comment(idea, null, "Deze reactie vinden sommige buren niet aardig " + marker);
		report("fatima", idea, comment, ReportReason.OFFENSIVE);
		demo.signIn("moderator");

		QueueCard card = single(search(QueueList.REPORTED, marker));

		assertThat(card.commentId()).isEqualTo(comment);
		assertThat(card.ideaId()).isEqualTo(idea);
		assertThat(card.title()).isEqualTo("Idee met reactie " + marker);
		assertThat(card.commentExcerpt()).isEqualTo("Deze reactie vinden sommige buren niet aardig " + marker);
		assertThat(card.authorName()).isEqualTo("Kees de Vries");
		assertThat(card.reasons()).containsExactlyEntriesOf(Map.of(ReportReason.OFFENSIVE, 1L));
		assertThat(card.targetKey()).isEqualTo("comment:" + comment);
		assertThat(queue.page(query(QueueList.REPORTED, marker, null).age(QueueAge.UNDER_A_DAY), 0, 20, Languages.DUTCH)
			.cards()).hasSize(1);
		assertThat(queue.page(query(QueueList.REPORTED, marker, null).age(QueueAge.OVER_A_WEEK), 0, 20, Languages.DUTCH)
			.total()).isZero();
		assertThat(queue.page(query(QueueList.REPORTED, marker, null).place(PlaceKind.GREEN), 0, 20, Languages.DUTCH)
			.total()).isZero();
	}

	@Test
	void residents_cannotReadTheQueue() {
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> queue.page(QueueQuery.of(QueueList.SUBMITTED), 0, 20, Languages.DUTCH));
	}

	private Query query(String marker) {
		return new Query(new QueueQuery(QueueList.SUBMITTED, marker, null, null, null, null, null, null));
	}

	private Query query(QueueList list, String marker, QueueSort sort) {
		return new Query(new QueueQuery(list, marker, null, null, null, null, null, sort));
	}

	private QueuePage search(QueueList list, String text) {
		return queue.page(new QueueQuery(list, text, null, null, null, null, null, null), 0, 100, Languages.DUTCH);
	}

	private List<Long> categories(boolean goals) {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		return (goals ? overview.goals() : overview.themes()).stream().map(ProgrammeOverview.Category::id).toList();
	}

	private String publicAuthor(Long ideaId) {
		return publicIdeas.idea(ideaId, Languages.DUTCH).orElseThrow().authorName();
	}

	private Long submit(String author, String title, String description, PlaceKind place, String location) {
		demo.signIn(author);
		return ideas.submit(null, new IdeaDraft(title, description, place, null, location, null, null)).id();
	}

	private Long publish(Long id) {
		demo.signIn("moderator");
		decisions.decide(id, publicIdeas.idea(id, Languages.DUTCH).orElseThrow().version(), ModerationDecision.PUBLISH,
				"");
		return id;
	}

	private void report(String reporter, Long ideaId, Long commentId, ReportReason reason) {
		demo.signIn(reporter);
		comments.report(ideaId, commentId, reason);
	}

	private static QueueCard single(QueuePage page) {
		assertThat(page.cards()).hasSize(1);
		assertThat(page.total()).isEqualTo(1);
		return page.cards().getFirst();
	}

	private static List<Long> ids(QueuePage page) {
		return page.cards().stream().map(QueueCard::ideaId).toList();
	}

	/** A query with one filter more. */
	private record Query(QueueQuery query) {

		QueueQuery place(PlaceKind place) {
			return new QueueQuery(query.list(), query.text(), query.goalId(), query.themeId(), place, query.age(),
					query.language(), query.sort());
		}

		QueueQuery language(String language) {
			return new QueueQuery(query.list(), query.text(), query.goalId(), query.themeId(), query.placeKind(),
					query.age(), language, query.sort());
		}

		QueueQuery theme(Long themeId) {
			return new QueueQuery(query.list(), query.text(), query.goalId(), themeId, query.placeKind(), query.age(),
					query.language(), query.sort());
		}

		QueueQuery goal(Long goalId) {
			return new QueueQuery(query.list(), query.text(), goalId, query.themeId(), query.placeKind(), query.age(),
					query.language(), query.sort());
		}

		QueueQuery age(QueueAge age) {
			return new QueueQuery(query.list(), query.text(), query.goalId(), query.themeId(), query.placeKind(), age,
					query.language(), query.sort());
		}

	}

}
