package nl.wijkstem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.SynchronousReactions;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.GeneratedLetters;
import nl.wijkstem.account.ResidencyMethod;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.CollectedIdea;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaQuery;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaSort;
import nl.wijkstem.idea.ModerationQueue;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.QueueAge;
import nl.wijkstem.idea.QueueCard;
import nl.wijkstem.idea.QueueList;
import nl.wijkstem.idea.QueueQuery;
import nl.wijkstem.idea.QueueSort;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.moderation.CsvLabels;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.moderation.IdeaCsvExport;
import nl.wijkstem.audit.AuditActor;
import nl.wijkstem.audit.AuditEntryView;
import nl.wijkstem.audit.AuditFilter;
import nl.wijkstem.audit.AuditFilterOptions;
import nl.wijkstem.audit.AuditTrail;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.voting.SharesVariantMigrationCheck;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The production database for real: a PostgreSQL server (binaries from Maven Central)
 * started for this test, migrated by Flyway and validated by Hibernate.
 */
@SpringBootTest(properties = "wijkstem.rate-limits.ideas=2/1d")
@Import({ SynchronousReactions.class, DemoUsers.class, IdeaFixture.class })
@ActiveProfiles({ "test", "postgres" })
class PostgresMigrationIT {

	private static final EmbeddedPostgres POSTGRES = start();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeService programme;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	ModerationQueue queue;

	@Autowired
	CommentService comments;

	@Autowired
	AddressService addresses;

	@Autowired
	ResidencyService residency;

	@Autowired
	AuditTrail trail;

	@Autowired
	GroupService groups;

	@Autowired
	GroupOverviews overviews;

	@Autowired
	IdeaCsvExport export;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void migrations_runOnPostgres_andTheSchemaMatchesTheEntities() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
			.contains("1", "2", "20");
	}

	@Test
	void roundsOfBeforeV63_keepTheirCountingRule_onPostgres() {
		jdbc.execute("create database rounds_before_v63");
		SharesVariantMigrationCheck.oldRoundsKeepTheirRules(POSTGRES.getDatabase("postgres", "rounds_before_v63"));
	}

	@Test
	void programme_isSeededIntoPostgres() {
		assertThat(programme.overview(Languages.ENGLISH).themes()).hasSize(5);
		assertThat(programme.programmeName()).isEqualTo("Wij de Westwijk");
	}

	@Test
	void moderationQueue_searchesFiltersAndSorts_onPostgres() {
		try {
			demo.signIn("moderator");
			Long street = decisions.collect(new CollectedIdea(new IdeaDraft("Stoep 100% heel maken",
					"De stoep bij de flat ligt vol losse tegels. Mensen met een rollator vallen bijna.",
					PlaceKind.STREET, null, "", null, null), "Spreekuur in de bibliotheek", ""));
			Long green = decisions.collect(new CollectedIdea(new IdeaDraft("Meer bomen op het plein",
					"More trees on the square would give shade in the summer, the stoep is too hot.", PlaceKind.GREEN,
					null, "", null, null), "Spreekuur in de bibliotheek", ""));
			demo.signIn("kees");
			comments.report(green, null, ReportReason.SPAM);
			demo.signIn("moderator");
			QueueQuery all = new QueueQuery(QueueList.UNFILED, "STOEP", null, null, null, QueueAge.UNDER_A_DAY, null,
					QueueSort.MOST_REPORTED);

			assertThat(queue.page(all, 0, 20, Languages.DUTCH).cards()).extracting(QueueCard::ideaId)
				.containsExactly(green, street);
			assertThat(queue
				.page(new QueueQuery(QueueList.UNFILED, "100%", null, null, PlaceKind.STREET, null, "nl", null), 0, 20,
						Languages.DUTCH)
				.cards()).extracting(QueueCard::ideaId).containsExactly(street);
			assertThat(queue
				.page(new QueueQuery(QueueList.REPORTED, "stoep", null, null, null, QueueAge.UNDER_A_DAY, "en",
						QueueSort.NEWEST), 0, 20, Languages.DUTCH)
				.cards()).singleElement()
				.satisfies(card -> assertThat(card.reasons()).containsEntry(ReportReason.SPAM, 1L));
		}
		finally {
			SignIn.out();
		}
	}

	@Test
	void signIn_storesAnAccountInPostgres() {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", "https://login.example.nl", "sub", "pg-1", "name", "Els"));
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"));

		events.publishEvent(new AuthenticationSuccessEvent(
				new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "gemeente")));

		assertThat(jdbc.queryForObject("select display_name from account where issuer = ?", String.class,
				"https://login.example.nl"))
			.isEqualTo("Els");
	}

	@Test
	void ideas_areSubmittedAndSupportedOnPostgres_withinTheRateLimit() {
		demo.signIn("kees");
		try {
			IdeaDraft draft = new IdeaDraft("Een bankje bij de bushalte aan de Reigerlaan",
					"Wie op de bus wacht, moet nu staan. Voor ouderen is dat zwaar, zeker als het regent.",
					PlaceKind.STREET, null, "Bushalte Reigerlaan", 51.9088, 4.3102);
			Long first = ideas.submit(null, draft).id();
			ideas.submit(null, draft);

			assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, draft))
				.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
					.isEqualTo("rateLimit.ideas"));
			demo.signIn("moderator");
			fixture.publish(first);
			demo.signIn("fatima");
			assertThat(ideas.support(first)).isTrue();
			assertThat(ideas.support(first)).isFalse();
			assertThat(publicIdeas
				.search(new IdeaQuery("bankjes bushalte", null, null, null, null, IdeaSort.RELEVANCE), 0, 20,
						Languages.DUTCH)
				.cards()).anySatisfy(card -> {
					assertThat(card.id()).isEqualTo(first);
					assertThat(card.supportCount()).isEqualTo(1);
				});
		}
		finally {
			SignIn.out();
		}
	}

	@Test
	void residents_areVerifiedWithALetterCode_onPostgres() {
		String street = ResidencyTestSupport.newStreet();
		demo.signIn("beheerder");
		try {
			assertThat(
					addresses.importAddresses(ResidencyTestSupport.csv(street + ";1;;3132 XA", street + ";1;;3132XA"))
						.added())
				.isEqualTo(1);
			GeneratedLetters letters = addresses.generateLetters(LocalDate.now().plusMonths(1), false);
			String code = ResidencyTestSupport.codeFor(letters.pdf(), letters.letters(), street + " 1");
			ResidencyTestSupport.signInAsNewResident(events, "Pim Postgres", Map.of());

			assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("2345-6789-ABCD"));
			assertThat(residency.redeem(code).method()).isEqualTo(ResidencyMethod.CODE);
			assertThat(
					jdbc.queryForList(
							"select outcome from code_attempt a join account c on c.id = "
									+ "a.account_id where c.display_name = ? order by a.id",
							String.class, "Pim Postgres"))
				.containsExactly("UNKNOWN", "VERIFIED");
			demo.signIn("kees");
			assertThat(residency.myStatus().verified()).isTrue();
		}
		finally {
			SignIn.out();
		}
	}

	@Test
	void auditTrail_filtersAndFilterChoices_workOnPostgres() throws IOException {
		String insert = "insert into audit_entry (occurred_at, actor_id, actor_name, action_code, subject_type,"
				+ " subject_id, state_before, state_after, reason) values (?, ?, ?, ?, ?, ?, '', '', ?)";
		jdbc.update(insert, Timestamp.from(Instant.parse("2026-02-01T10:00:00Z")), 71L, "Oude naam", "pg.publish",
				"idea", 5L, "");
		jdbc.update(insert, Timestamp.from(Instant.parse("2026-02-02T10:00:00Z")), 71L, "Nieuwe naam", "pg.reject",
				"idea", 5L, "=SOM(A1)");
		jdbc.update(insert, Timestamp.from(Instant.parse("2026-02-03T10:00:00Z")), null, "systeem", "pg.publish",
				"pgComment", 6L, "");
		demo.signIn("beheerder");
		try {
			AuditFilterOptions options = trail.options();
			assertThat(options.actions()).contains("pg.publish", "pg.reject").doesNotHaveDuplicates();
			assertThat(options.subjectTypes()).contains("idea", "pgComment");
			assertThat(options.actors()).contains(new AuditActor(71L, "Nieuwe naam"), new AuditActor(null, "systeem"))
				.doesNotContain(new AuditActor(71L, "Oude naam"));
			assertThat(trail
				.page(new AuditFilter(null, new AuditActor(71L, ""), "idea", 5L, null, null), 0, 10, BundleWords.DUTCH)
				.entries()).extracting(AuditEntryView::action).containsExactly("pg.reject", "pg.publish");
			ByteArrayOutputStream csv = new ByteArrayOutputStream();
			trail.exportCsv(new AuditFilter("pg.reject", null, null, null, null, null), BundleWords.DUTCH, csv);
			assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"'=SOM(A1)\"").contains("Nieuwe naam");
		}
		finally {
			SignIn.out();
		}
	}

	@Test
	void groups_countEachSupporterOnce_andExportOnPostgres() throws IOException {
		try {
			demo.signIn("fatima");
			IdeaDraft draft = new IdeaDraft("Bankjes en bomen rond het plein bij de school",
					"Ouders wachten bij de school in de zon. Met bomen en bankjes is het er fijner.", PlaceKind.SQUARE,
					null, "", null, null);
			Long first = ideas.submit(null, draft).id();
			Long second = ideas.submit(null, draft).id();
			demo.signIn("moderator");
			Long goal = programme.overview(Languages.DUTCH).goals().getFirst().id();
			for (Long id : List.of(first, second)) {
				fixture.publish(id);
				decisions.file(id, publicIdeas.idea(id, Languages.DUTCH).orElseThrow().version(), goal, Set.of());
			}
			demo.signIn("kees");
			ideas.support(first);
			ideas.support(second);
			demo.signIn("beheerder");
			ideas.support(second);
			demo.signIn("moderator");
			Long group = groups.create(goal, "Groen bij de school", "Bomen en bankjes bij de school, voor ouders.");
			groups.moveIdea(first, null, group);
			groups.moveIdea(second, null, group);

			assertThat(overviews.board(goal, 0, 20, Languages.DUTCH).groups())
				.filteredOn(shown -> shown.id().equals(group))
				.singleElement()
				.satisfies(shown -> assertThat(shown.supporterCount()).isEqualTo(2));
			assertThat(overviews.programme(5, Languages.DUTCH).getFirst().ungrouped())
				.noneMatch(idea -> idea.id().equals(first) || idea.id().equals(second));
			ByteArrayOutputStream csv = new ByteArrayOutputStream();
			export.write(csv, CsvLabels.of(key -> key, Languages.DUTCH));
			assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"Groen bij de school\"");
		}
		finally {
			SignIn.out();
		}
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

}
