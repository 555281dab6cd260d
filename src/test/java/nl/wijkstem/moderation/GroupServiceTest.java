package nl.wijkstem.moderation;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.IdeaFiled;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
@RecordApplicationEvents
class GroupServiceTest {

	private static final Locale NL = Languages.DUTCH;

	private static final String SUMMARY = "Bewoners willen meer plekken om te zitten en meer groen.";

	@Autowired
	GroupService groups;

	@Autowired
	GroupOverviews overviews;

	@Autowired
	IdeaCsvExport export;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	IdeaFixture fixture;

	Long goal;

	Long otherGoal;

	@BeforeEach
	void setUp() {
		goal = fixture.goals().get(0).id();
		otherGoal = fixture.goals().get(1).id();
		demo.signIn("moderator");
	}

	@Test
	void hiddenIdea_leavesTheGroupsPublicFace_untilShownAgain() {
		Long shown = fixture.published("Bankjes bij de speeltuin in het park", goal);
		Long hidden = fixture.published("Bankjes bij de speeltuin met een naam erin", goal);
		fixture.supportedBy(hidden, "kees");
		Long group = groups.create(goal, "Bankjes in het park " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(shown, null, group);
		groups.moveIdea(hidden, null, group);

		moderation.hide(hidden, fixture.version(hidden), "Er staat een naam van een buurman in.");

		IdeaGroupView seen = group(group);
		assertThat(seen.ideas()).extracting(FiledIdea::id).containsExactly(shown);
		assertThat(seen.supporterCount()).isZero();
	}

	@Test
	void group_countsEachSupporterOnce() {
		Long benches = fixture.published("Bankjes langs het water van de plas", goal);
		Long trees = fixture.published("Bomen langs het water van de plas", goal);
		fixture.supportedBy(benches, "kees", "fatima");
		fixture.supportedBy(trees, "fatima", "beheerder");
		Long group = groups.create(goal, "Groen aan het water " + IdeaFixture.unique(), SUMMARY);

		groups.moveIdea(benches, null, group);
		groups.moveIdea(trees, null, group);

		IdeaGroupView shown = group(group);
		assertThat(shown.ideas()).extracting(FiledIdea::id).containsExactlyInAnyOrder(benches, trees);
		assertThat(shown.ideas().stream().mapToInt(FiledIdea::supportCount).sum()).isEqualTo(4);
		assertThat(shown.supporterCount()).isEqualTo(3);
	}

	@Test
	void similarOnBoard_findsLookAlikesUnderTheSameGoalOnly_withTheirWordsAndGroup() {
		String tag = "kunstgras" + IdeaFixture.unique();
		Long anchor = fixture.published("Trapveldje met " + tag + " bij de Reigerlaan", goal);
		Long alike = fixture.published("Nieuw " + tag + " op het trapveldje", goal);
		Long elsewhere = fixture.published("Trapveldje met " + tag + " graag", otherGoal);
		Long group = groups.create(goal, "Trapveldjes " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(alike, null, group);

		List<SimilarOnBoard> similar = overviews.similarOnBoard(anchor);

		assertThat(similar).extracting(hint -> hint.idea().id()).contains(alike).doesNotContain(anchor, elsewhere);
		SimilarOnBoard hint = similar.stream()
			.filter(found -> found.idea().id().equals(alike))
			.findFirst()
			.orElseThrow();
		assertThat(hint.sharedWords()).isNotEmpty();
		assertThat(hint.groupId()).isEqualTo(group);
		assertThat(hint.groupName()).startsWith("Trapveldjes ");
	}

	@Test
	void createWith_makesTheGroupWithAllChosenIdeas_orNothingWhenOneIsRefused() {
		Long first = fixture.published("Hondenpoepbakjes bij het park", goal);
		Long second = fixture.published("Meer afvalbakken voor hondenpoep", goal);
		Long elsewhere = fixture.published("Hondenpoep op de stoep", otherGoal);
		String refusedName = "Hondenpoep " + IdeaFixture.unique();

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> groups.createWith(goal, refusedName, SUMMARY,
					List.of(new IdeaPlacement(first, null), new IdeaPlacement(second, null),
							new IdeaPlacement(elsewhere, null))))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("moderation.group.error.otherGoal"));
		assertThat(jdbc.queryForObject("select count(*) from idea_group where name = ?", Long.class, refusedName))
			.isZero();
		assertThat(memberships(first)).isZero();

		Long group = groups.createWith(goal, "Hondenpoep " + IdeaFixture.unique(), SUMMARY,
				List.of(new IdeaPlacement(first, null), new IdeaPlacement(second, null)));

		assertThat(group(group).ideas()).extracting(FiledIdea::id).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void createWithOrAddAll_withoutIdeas_isRefused() {
		Long group = groups.create(goal, "Leeg " + IdeaFixture.unique(), SUMMARY);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> groups.createWith(goal, "Ook leeg " + IdeaFixture.unique(), SUMMARY, List.of()))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().field()).isEqualTo("ideas"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> groups.addAll(group, List.of()));
	}

	@Test
	void addAll_movesIdeasFromWhereTheModeratorSawThem_andRefusesWhenOneMovedMeanwhile() {
		Long one = fixture.published("Bloembakken op de brug", goal);
		Long two = fixture.published("Bloemen op de brug over de Vlaardingervaart", goal);
		Long target = groups.create(goal, "Bloemen " + IdeaFixture.unique(), SUMMARY);
		Long other = groups.create(goal, "Bruggen " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(two, null, other);

		assertThatExceptionOfType(Rejection.class).isThrownBy(
				() -> groups.addAll(target, List.of(new IdeaPlacement(one, null), new IdeaPlacement(two, null))));
		assertThat(group(target).ideas()).isEmpty();

		groups.addAll(target, List.of(new IdeaPlacement(one, null), new IdeaPlacement(two, other)));

		assertThat(group(target).ideas()).extracting(FiledIdea::id).containsExactlyInAnyOrder(one, two);
		assertThat(group(other).ideas()).isEmpty();
	}

	@Test
	void ideaUnderAnotherGoal_isRefused_andNothingChanges() {
		Long elsewhere = fixture.published("Een speelplek onder een ander doel", otherGoal);
		Long group = groups.create(goal, "Speelplekken " + IdeaFixture.unique(), SUMMARY);
		int version = group(group).version();

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> groups.moveIdea(elsewhere, null, group))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("moderation.group.error.otherGoal"));

		assertThat(group(group).ideas()).isEmpty();
		assertThat(group(group).version()).isEqualTo(version);
		assertThat(memberships(elsewhere)).isZero();
	}

	@Test
	void onlyPublicIdeas_canJoin_andAnUnfiledOneIsToldToBeFiledFirst() {
		Long waiting = fixture.submitted("Een idee dat nog op controle wacht");
		Long unfiled = fixture.published("Een gepubliceerd idee zonder doel", null);
		Long group = groups.create(goal, "Alleen openbare ideeën " + IdeaFixture.unique(), SUMMARY);

		assertThat(problem(() -> groups.moveIdea(waiting, null, group))).isEqualTo("moderation.group.error.notPublic");
		assertThat(problem(() -> groups.moveIdea(unfiled, null, group))).isEqualTo("moderation.group.error.unfiled");
		assertThat(group(group).ideas()).isEmpty();
	}

	@Test
	void anIdea_isInOneGroupAtMost_movingTakesItOutOfTheOldOne() {
		Long idea = fixture.published("Een idee dat van bundel wisselt", goal);
		Long first = groups.create(goal, "Eerste bundel " + IdeaFixture.unique(), SUMMARY);
		Long second = groups.create(goal, "Tweede bundel " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(idea, null, first);

		groups.moveIdea(idea, first, second);

		assertThat(group(first).ideas()).isEmpty();
		assertThat(group(second).ideas()).extracting(FiledIdea::id).containsExactly(idea);
		assertThat(memberships(idea)).isOne();
		groups.moveIdea(idea, second, null);
		assertThat(group(second).ideas()).isEmpty();
		assertThat(memberships(idea)).isZero();
	}

	@Test
	void secondModerator_withAnOutdatedPicture_isToldItChanged() {
		Long idea = fixture.published("Een idee waar twee moderatoren tegelijk aan werken", goal);
		Long first = groups.create(goal, "Bundel van de eerste " + IdeaFixture.unique(), SUMMARY);
		Long second = groups.create(goal, "Bundel van de tweede " + IdeaFixture.unique(), SUMMARY);
		int seen = group(first).version();

		groups.moveIdea(idea, null, first);

		assertThat(problem(() -> groups.moveIdea(idea, null, second))).isEqualTo("moderation.error.changedMeanwhile");
		assertThat(problem(() -> groups.edit(first, seen, "Een nieuwe naam", SUMMARY)))
			.isEqualTo("moderation.error.changedMeanwhile");
		assertThat(problem(() -> groups.dissolve(first, seen))).isEqualTo("moderation.error.changedMeanwhile");
		assertThat(group(first).ideas()).extracting(FiledIdea::id).containsExactly(idea);
		assertThat(group(second).ideas()).isEmpty();
		groups.moveIdea(idea, null, first);
		assertThat(memberships(idea)).isOne();
	}

	@Test
	void editAndDissolve_withTheVersionSeen_keepTheIdeas() {
		Long idea = fixture.published("Een idee in een bundel die wordt opgeheven", goal);
		Long group = groups.create(goal, "Tijdelijke bundel " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(idea, null, group);
		String name = "Vaste bundel " + IdeaFixture.unique();

		groups.edit(group, group(group).version(), "  " + name + " \n", "Een nieuwe   samenvatting voor bewoners.");

		assertThat(group(group).name()).isEqualTo(name);
		assertThat(group(group).summary()).isEqualTo("Een nieuwe samenvatting voor bewoners.");
		groups.dissolve(group, group(group).version());
		assertThat(board(goal).groups()).noneMatch(shown -> shown.id().equals(group));
		assertThat(memberships(idea)).isZero();
		assertThat(fixture.version(idea)).isPositive();
		assertThat(problem(() -> groups.dissolve(group, 0))).isEqualTo("moderation.group.error.gone");
	}

	@Test
	void badNameOrSummary_isRefusedPerField() {
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> groups.create(goal, " ", "kort"))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::field)
				.containsExactly("name", "summary"));
		assertThat(problem(() -> groups.create(null, "Een goede naam", SUMMARY))).isEqualTo("moderation.error.goal");
		String name = "Dubbele naam " + IdeaFixture.unique();
		groups.create(goal, name, SUMMARY);
		assertThat(problem(() -> groups.create(goal, name.toUpperCase(Locale.ROOT), SUMMARY)))
			.isEqualTo("moderation.group.error.nameTaken");
		groups.create(otherGoal, name, SUMMARY);
	}

	@Test
	void ideaFiledUnderAnotherGoal_leavesItsGroup() {
		Long filedElsewhere = fixture.published("Een idee dat bij een ander doel hoort", goal);
		Long moved = fixture.published("Een idee dat de moderator naar een ander doel sleept", goal);
		Long group = groups.create(goal, "Bundel die ideeën kwijtraakt " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(filedElsewhere, null, group);
		groups.moveIdea(moved, null, group);

		transaction.executeWithoutResult(status -> {
			decisions.file(filedElsewhere, fixture.version(filedElsewhere), otherGoal, Set.of());
			events.publishEvent(new IdeaFiled(filedElsewhere, otherGoal, Set.of()));
		});
		groups.moveToGoal(moved, fixture.version(moved), otherGoal);

		assertThat(group(group).ideas()).isEmpty();
		assertThat(memberships(filedElsewhere) + memberships(moved)).isZero();
		assertThat(board(otherGoal).ungroupedCount()).isPositive();
		assertThat(publicIdeas.idea(moved, NL).orElseThrow().goalId()).isEqualTo(otherGoal);
	}

	@Test
	void movingToAnotherGoal_withAnOldVersion_isToldItChanged() {
		Long idea = fixture.published("Een idee dat net door een ander is ingedeeld", goal);
		int seen = fixture.version(idea);
		decisions.file(idea, seen, goal, Set.of(fixture.themes().getFirst().id()));

		assertThat(problem(() -> groups.moveToGoal(idea, seen, otherGoal)))
			.isEqualTo("moderation.error.changedMeanwhile");
		assertThat(publicIdeas.idea(idea, NL).orElseThrow().goalId()).isEqualTo(goal);
	}

	@Test
	void everyAction_isPublishedForTheAuditTrail() {
		Long idea = fixture.published("Een idee voor het logboek van de moderatie", goal);
		Long group = groups.create(goal, "Logboek " + IdeaFixture.unique(), SUMMARY);
		Long other = groups.create(goal, "Logboek twee " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(idea, null, group);
		groups.moveIdea(idea, group, other);
		groups.moveIdea(idea, other, null);
		groups.edit(group, group(group).version(), "Logboek nieuw " + IdeaFixture.unique(), SUMMARY);
		groups.dissolve(group, group(group).version());

		List<ModerationActionTaken> actions = recorded.stream(ModerationActionTaken.class)
			.filter(action -> action.subjectType().equals("group"))
			.toList();
		assertThat(actions).extracting(ModerationActionTaken::action)
			.containsSubsequence("group.create", "group.create", "group.addIdea", "group.moveIdea", "group.removeIdea",
					"group.edit", "group.dissolve");
		assertThat(actions).filteredOn(action -> action.action().equals("group.moveIdea"))
			.singleElement()
			.satisfies(action -> {
				assertThat(action.subjectId()).isEqualTo(other);
				assertThat(action.before()).isEqualTo("idea=" + idea + " group=" + group);
				assertThat(action.after()).isEqualTo("idea=" + idea + " group=" + other);
			});
	}

	@Test
	void board_listsGroupsAndUngroupedIdeas_mostSupportedFirst() {
		Long grouped = fixture.published("Een idee op het bord in een bundel", goal);
		Long loose = fixture.published("Een idee op het bord zonder bundel", goal);
		fixture.supportedBy(loose, "kees", "fatima", "beheerder", "moderator");
		Long group = groups.create(goal, "Bord " + IdeaFixture.unique(), SUMMARY);
		groups.moveIdea(grouped, null, group);

		GoalOverview board = overviews.board(goal, 0, 500, NL);

		assertThat(board.goal().id()).isEqualTo(goal);
		assertThat(board.ungrouped()).extracting(FiledIdea::id).contains(loose).doesNotContain(grouped);
		assertThat(board.ungrouped()).extracting(FiledIdea::supportCount).isSortedAccordingTo((a, b) -> b - a);
		assertThat(board.ungrouped()).allSatisfy(idea -> assertThat(idea.goalId()).isEqualTo(goal));
		long inGroups = board.groups().stream().mapToLong(IdeaGroupView::ideaCount).sum();
		assertThat(board.ungroupedCount()).isEqualTo(board.ideaCount() - inGroups);
		assertThat(board.ungrouped()).hasSize((int) board.ungroupedCount());
	}

	@Test
	void board_pagesThroughTheUngroupedIdeas_withoutRepeatsOrGroupedOnes() {
		Long group = groups.create(goal, "Pagina's " + IdeaFixture.unique(), SUMMARY);
		for (int i = 0; i < 3; i++) {
			groups.moveIdea(fixture.published("Een idee in een bundel tussen de pagina's " + i, goal), null, group);
			fixture.published("Een idee zonder bundel tussen de pagina's " + i, goal);
		}
		GoalOverview all = overviews.board(goal, 0, 500, NL);

		List<Long> paged = new ArrayList<>();
		for (int page = 0; page * 3 < all.ungroupedCount(); page++) {
			paged.addAll(overviews.board(goal, page, 3, NL).ungrouped().stream().map(FiledIdea::id).toList());
		}

		assertThat(paged).containsExactlyElementsOf(all.ungrouped().stream().map(FiledIdea::id).toList());
		assertThat(paged).doesNotContainAnyElementsOf(group(group).ideas().stream().map(FiledIdea::id).toList());
	}

	@Test
	void programme_isReadableSignedOut() {
		Long idea = fixture.published("Een idee dat iedereen op de programmapagina ziet", goal);
		String name = "Openbaar " + IdeaFixture.unique();
		Long group = groups.create(goal, name, SUMMARY);
		groups.moveIdea(idea, null, group);
		SignIn.out();

		List<GoalOverview> programmeGoals = overviews.programme(5, NL);

		assertThat(programmeGoals).extracting(overview -> overview.goal().id())
			.containsExactlyElementsOf(fixture.goals().stream().map(category -> category.id()).toList());
		GoalOverview first = programmeGoals.getFirst();
		assertThat(first.groups()).filteredOn(shown -> shown.id().equals(group)).singleElement().satisfies(shown -> {
			assertThat(shown.name()).isEqualTo(name);
			assertThat(shown.summary()).isEqualTo(SUMMARY);
			assertThat(shown.ideas()).extracting(FiledIdea::status).containsExactly(IdeaStatus.PUBLISHED);
		});
		assertThat(first.ungrouped()).hasSizeLessThanOrEqualTo(5).extracting(FiledIdea::id).doesNotContain(idea);
		assertThat(first.ideaCount()).isGreaterThanOrEqualTo(first.ungroupedCount() + 1);
	}

	@Test
	void residents_cannotUseTheModeratorsServices() {
		Long idea = fixture.published("Een idee waar een bewoner aan probeert te komen", goal);
		Long group = groups.create(goal, "Niet voor bewoners " + IdeaFixture.unique(), SUMMARY);
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> groups.create(goal, "Mijn eigen bundel", SUMMARY));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> groups.edit(group, 0, "Mijn eigen bundel", SUMMARY));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> groups.dissolve(group, 0));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> groups.moveIdea(idea, null, group));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> groups.moveToGoal(idea, 0, otherGoal));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> overviews.board(goal, 0, 20, NL));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> export.write(new ByteArrayOutputStream(), labels()));
		demo.signIn("moderator");
		assertThat(group(group).ideas()).isEmpty();
		assertThat(publicIdeas.idea(idea, NL).orElseThrow().goalId()).isEqualTo(goal);
	}

	private CsvLabels labels() {
		return IdeaCsvExportTest.labels(BundleWords.DUTCH);
	}

	private IdeaGroupView group(Long groupId) {
		return board(goal).groups().stream().filter(group -> group.id().equals(groupId)).findFirst().orElseThrow();
	}

	private GoalOverview board(Long goalId) {
		return overviews.board(goalId, 0, 20, NL);
	}

	private int memberships(Long ideaId) {
		return jdbc.queryForObject("select count(*) from idea_group_member where idea_id = ?", Integer.class, ideaId);
	}

	private static String problem(Runnable action) {
		try {
			action.run();
		}
		catch (Rejection rejected) {
			return rejected.problems().getFirst().messageKey();
		}
		throw new AssertionError("not refused");
	}

}
