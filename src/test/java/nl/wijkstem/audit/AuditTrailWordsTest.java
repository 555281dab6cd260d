package nl.wijkstem.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail in words: actions, states, who acted and what they acted on, named,
 * from real moderation actions.
 */
@ApplicationTest
class AuditTrailWordsTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	ReportService reportService;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	CommentService comments;

	@Autowired
	GroupService groups;

	@Autowired
	List<SubjectNames> subjectNames;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdeaFixture fixture;

	private ProgrammeOverview.Category goal;

	private ProgrammeOverview.Category theme;

	private String title;

	private Long idea;

	private String originalTitle;

	private Long original;

	@BeforeEach
	void anIdeaPublishedFiledAndMarkedAsADuplicate() {
		goal = fixture.goals().getFirst();
		theme = fixture.themes().getFirst();
		originalTitle = "Bankjes bij de Krabbeplas " + IdeaFixture.unique();
		original = fixture.published(originalTitle, null);
		title = "Nog meer bankjes bij de Krabbeplas " + IdeaFixture.unique();
		idea = fixture.published(title, goal.id(), Set.of(theme.id()));
		demo.signIn("moderator");
		moderation.markDuplicate(idea, fixture.version(idea), original, "Dit idee staat er al.");
	}

	@Test
	void ideaActions_readAsWords_withTheIdeaNamedAndLinked() {
		List<AuditLine> lines = linesAbout("idea", idea, BundleWords.DUTCH);

		assertThat(lines).extracting(AuditLine::action)
			.containsExactly("Gemarkeerd als dubbel", "Idee ingedeeld", "Idee gepubliceerd");
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.subject()).isEqualTo("Idee " + idea + ": " + title);
			assertThat(line.subjectType()).isEqualTo("Idee");
			assertThat(line.pageType()).isEqualTo("idea");
			assertThat(line.pageId()).isEqualTo(idea);
			assertThat(line.who()).isEqualTo("Sanne Jansen (programmabureau)");
		});
		assertThat(lines.get(0).before()).isEqualTo("Gepubliceerd");
		assertThat(lines.get(0).after()).isEqualTo("Dubbel idee van Idee " + original + ": " + originalTitle);
		assertThat(lines.get(1).before()).isEqualTo("Doel: geen; thema’s: geen");
		assertThat(lines.get(1).after()).isEqualTo("Doel: " + goal.name() + "; thema’s: " + theme.name());
		assertThat(lines.get(2).before()).isEqualTo("Wacht op controle");
		assertThat(lines.get(2).after()).isEqualTo("Gepubliceerd");
	}

	@Test
	void inEnglish_theSameEntriesReadInEnglish() {
		List<AuditLine> lines = linesAbout("idea", idea, BundleWords.ENGLISH);

		assertThat(lines).extracting(AuditLine::action)
			.containsExactly("Marked as duplicate", "Idea filed", "Idea published");
		assertThat(lines.get(2).subject()).isEqualTo("Idea " + idea + ": " + title);
		assertThat(lines.get(2).after()).isEqualTo(BundleWords.ENGLISH.bundle().getProperty("idea.status.PUBLISHED"));
		assertThat(lines.get(0).after()).isEqualTo("Duplicate of Idea " + original + ": " + originalTitle);
	}

	@Test
	void votingRoundSteps_commentsGroupsAndGoneSubjects_areNamedToo() {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		insert("voting-rounds", null, "idea.chosen", "idea", idea, "ON_BALLOT", "CHOSEN");
		insert("Sanne Jansen (programmabureau)", 1L, "ballot.add", "round", round, "", "idea " + idea);
		insert("Sanne Jansen (programmabureau)", 1L, "idea.hide", "idea", 987_654_321L, "visible", "hidden");
		demo.signIn("kees");
		Long comment = comments.comment(original, null, "Ja, graag meer bankjes hier!");
		demo.signIn("fatima");
		comments.report(original, comment, ReportReason.OFFENSIVE);
		demo.signIn("moderator");
		reportService.upholdReports("comment:" + comment, "Dit hoort niet bij het idee.");
		Long group = groups.create(goal.id(), "Bankjes " + IdeaFixture.unique(), "Alle ideeën over bankjes.");
		decisions.file(original, fixture.version(original), goal.id(), Set.of());
		groups.moveIdea(original, null, group);

		AuditLine chosen = linesAbout("idea", idea, BundleWords.DUTCH).getFirst();
		assertThat(chosen.who()).isEqualTo("Wijkstem zelf (stemronde op tijd)");
		assertThat(chosen.action()).isEqualTo("Gekozen in een stemronde");
		assertThat(chosen.before()).isEqualTo("Op de stemlijst");
		assertThat(chosen.after()).isEqualTo("Gekozen");
		AuditLine ballot = linesAbout("round", round, BundleWords.DUTCH).getFirst();
		assertThat(ballot.subject()).isEqualTo("Stemronde " + round + ": Buurtbudget Westwijk 2027");
		assertThat(ballot.pageType()).isEqualTo("round");
		assertThat(ballot.after()).isEqualTo("Idee " + idea + ": " + title);
		AuditLine gone = linesAbout("idea", 987_654_321L, BundleWords.DUTCH).getFirst();
		assertThat(gone.subject()).isEqualTo("Idee 987654321 (bestaat niet meer)");
		assertThat(gone.pageType()).isNull();
		assertThat(gone.after()).isEqualTo("verborgen");
		AuditLine hidden = linesAbout("comment", comment, BundleWords.DUTCH).getFirst();
		assertThat(hidden.subject()).isEqualTo("Reactie " + comment + " bij Idee " + original + ": " + originalTitle);
		assertThat(hidden.pageType()).isEqualTo("idea");
		assertThat(hidden.pageId()).isEqualTo(original);
		assertThat(hidden.before()).isEqualTo("gemeld");
		AuditLine grouped = linesAbout("group", group, BundleWords.DUTCH).getFirst();
		String groupName = "Bundel " + group + ": " + grouped.subject().substring(grouped.subject().indexOf(": ") + 2);
		assertThat(grouped.subject()).isEqualTo(groupName).contains("Bankjes ");
		assertThat(grouped.before()).isEqualTo("Idee " + original + ": " + originalTitle + ", in geen bundel");
		assertThat(grouped.after()).isEqualTo("Idee " + original + ": " + originalTitle + ", in " + groupName);
	}

	@Test
	void everyKindOfSubjectSomeModuleNames_hasWordsInDutchAndEnglish() {
		List<String> kinds = subjectNames.stream().flatMap(names -> names.subjectTypes().stream()).toList();

		assertThat(kinds).contains("idea", "comment", "group", "reasonTemplate", "round", "account", "goal", "theme")
			.doesNotHaveDuplicates()
			.allSatisfy(kind -> {
				assertThat(BundleWords.DUTCH.text("audit.subject." + kind)).as("nl " + kind).isPresent();
				assertThat(BundleWords.ENGLISH.text("audit.subject." + kind)).as("en " + kind).isPresent();
			});
	}

	private List<AuditLine> linesAbout(String type, Long id, AuditWords words) {
		demo.signIn("beheerder");
		return trail.page(new AuditFilter(null, null, type, id, null, null), 0, 50, words).lines();
	}

	private void insert(String who, Long accountId, String action, String type, Long subjectId, String before,
			String after) {
		jdbc.update(
				"insert into audit_entry (occurred_at, actor_id, actor_name, action_code, subject_type, subject_id,"
						+ " state_before, state_after, reason) values (?, ?, ?, ?, ?, ?, ?, ?, '')",
				Timestamp.from(Instant.now().plusSeconds(3600)), accountId, who, action, type, subjectId, before,
				after);
	}

}
