package nl.wijkstem.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class AuditTrailTest {

	private static final String IDEA_TITLE = "Bankje bij de bushalte aan de Westlandseweg";

	@Autowired
	AuditTrail trail;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdeaFixture fixture;

	@Test
	void decide_asModerator_writesWhoWhatBeforeAfterAndWhy() {
		Long id = fixture.submitted(IDEA_TITLE);
		demo.signIn("moderator");
		Long moderator = accounts.currentAccountId().orElseThrow();
		int version = fixture.version(id);

		decisions.decide(id, version, ModerationDecision.REJECT,
				"Dit gaat over een ruzie tussen buren, niet over de wijk.");

		List<AuditEntryView> entries = entriesAbout("idea", id);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.actorId()).isEqualTo(moderator);
			assertThat(entry.actorName()).isEqualTo("Sanne Jansen (programmabureau)");
			assertThat(entry.action()).isEqualTo("idea.reject");
			assertThat(entry.before()).isEqualTo("SUBMITTED");
			assertThat(entry.after()).isEqualTo("REJECTED");
			assertThat(entry.reason()).isEqualTo("Dit gaat over een ruzie tussen buren, niet over de wijk.");
			assertThat(entry.occurredAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
		});
	}

	@Test
	void refusedActions_writeNothing() {
		Long id = fixture.submitted(IDEA_TITLE);
		demo.signIn("fatima");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.decide(id, 0, ModerationDecision.PUBLISH, ""));
		demo.signIn("moderator");
		int version = fixture.version(id);
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> decisions.decide(id, version, ModerationDecision.REJECT, "nee"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> decisions.decide(id, version + 1, ModerationDecision.PUBLISH, ""));

		assertThat(entriesAbout("idea", id)).isEmpty();
	}

	@Test
	void rolledBackAction_leavesNoEntry_becauseTheEntryIsPartOfItsTransaction() {
		Long id = fixture.submitted(IDEA_TITLE);
		demo.signIn("moderator");
		int version = fixture.version(id);

		transaction.executeWithoutResult(status -> {
			decisions.decide(id, version, ModerationDecision.PUBLISH, "");
			assertThat(rowsAbout(id)).isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(rowsAbout(id)).isZero();
		assertThat(entriesAbout("idea", id)).isEmpty();
	}

	@Test
	void actionOutsideATransaction_isRefused_ratherThanRecordedAlone() {
		demo.signIn("moderator");

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> events.publishEvent(new ModerationActionTaken("idea.publish", "idea", -1L, "", "", "")));
	}

	@Test
	void residentsAndModerators_cannotReadTheTrail() {
		for (String user : List.of("kees", "moderator")) {
			demo.signIn(user);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10, BundleWords.DUTCH));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> trail.options());
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> trail.exportCsv(AuditFilter.ALL, BundleWords.DUTCH, new ByteArrayOutputStream()));
		}
		SignIn.out();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10, BundleWords.DUTCH));
	}

	@Test
	void theTrail_offersNoWayToChangeOrDeleteAnEntry() {
		assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName)).containsExactly("save");
		assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).map(Method::getName))
			.noneMatch(name -> name.startsWith("set"));
		assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()).map(Method::getName))
			.noneMatch(name -> name.matches("(?i).*(save|update|delete|remove|change).*"));
	}

	@Test
	void filters_byAction_person_subject_andDates_newestFirst() {
		String action = uniqueAction();
		insert("2026-03-01T10:00:00Z", 901L, "Anna", action, "testIdea", 11L);
		insert("2026-03-02T10:00:00Z", 902L, "Bram", action, "testIdea", 12L);
		insert("2026-03-03T10:00:00Z", 901L, "Anna", action, "testComment", 11L);
		insert("2026-03-04T10:00:00Z", null, "systeem", action, "testIdea", 11L);
		demo.signIn("beheerder");

		assertThat(ids(filter(action))).containsExactly(4, 3, 2, 1);
		assertThat(trail.page(filter(action), 0, 2, BundleWords.DUTCH).total()).isEqualTo(4);
		assertThat(trail.page(filter(action), 1, 2, BundleWords.DUTCH).entries()).extracting(AuditEntryView::actorName)
			.containsExactly("Bram", "Anna");
		assertThat(ids(new AuditFilter(action, new AuditActor(901L, "Anna"), null, null, null, null)))
			.containsExactly(3, 1);
		assertThat(ids(new AuditFilter(action, new AuditActor(null, "systeem"), null, null, null, null)))
			.containsExactly(4);
		assertThat(ids(new AuditFilter(action, null, "testIdea", 11L, null, null))).containsExactly(4, 1);
		assertThat(ids(new AuditFilter(action, null, "testIdea", null, null, null))).containsExactly(4, 2, 1);
		assertThat(ids(new AuditFilter(action, null, null, null, LocalDate.parse("2026-03-02"),
				LocalDate.parse("2026-03-03"))))
			.containsExactly(3, 2);
		assertThat(trail.options().actions()).contains(action);
		assertThat(trail.options().actors()).contains(new AuditActor(902L, "Bram"), new AuditActor(null, "systeem"));
		assertThat(trail.options().subjectTypes()).contains("testIdea", "testComment");
	}

	@Test
	void dateRange_countsDaysInDutchTime() {
		String action = uniqueAction();
		// 23:30 UTC on 3 March is already 4 March in the Netherlands
		insert("2026-03-03T23:30:00Z", 903L, "Chris", action, "testIdea", 1L);
		demo.signIn("beheerder");

		LocalDate third = LocalDate.parse("2026-03-03");
		LocalDate fourth = LocalDate.parse("2026-03-04");
		assertThat(ids(new AuditFilter(action, null, null, null, fourth, fourth))).hasSize(1);
		assertThat(ids(new AuditFilter(action, null, null, null, third, third))).isEmpty();
		assertThat(ids(new AuditFilter(action, null, null, null, null, third))).isEmpty();
		assertThat(ids(new AuditFilter(action, null, null, null, fourth, null))).hasSize(1);
	}

	@Test
	void csv_hasByteOrderMark_header_andEveryFilteredEntry_withFormulasDefused() throws IOException {
		String action = uniqueAction();
		insertFull("2026-03-05T09:15:00Z", 904L, "@Dana", action, "testComment", 7L, "+31 10 1234567", "-",
				"=HYPERLINK(\"http://kwaad.example\";\"klik\")\nregel twee; met puntkomma");
		insertFull("2026-03-05T08:00:00Z", null, "Eva \"de Vries\"", action, "testIdea", 8L, "SUBMITTED", "PUBLISHED",
				"");
		demo.signIn("beheerder");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		trail.exportCsv(filter(action), BundleWords.DUTCH, out);

		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(csv).startsWith("\"Tijdstip (Nederlandse tijd)\";\"Accountnummer\";\"Naam\";\"Handeling\";"
				+ "\"Onderwerp\";\"Voor\";\"Na\";\"Reden\";\"Handeling (code)\";\"Soort onderwerp (code)\";"
				+ "\"Nummer onderwerp\";\"Voor (zoals vastgelegd)\";\"Na (zoals vastgelegd)\"\r\n");
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv).contains("\"2026-03-05T10:15:00+01:00\";\"904\";\"'@Dana\";\"" + action
				+ "\";\"testComment 7\";\"'+31 10 1234567\";\"'-\";\"'=HYPERLINK(\"\"http://kwaad.example\"\";\"\"klik\"\")\nregel twee; met puntkomma\";\""
				+ action + "\";\"testComment\";\"7\";\"'+31 10 1234567\";\"'-\"\r\n");
		assertThat(csv).endsWith("\"2026-03-05T09:00:00+01:00\";\"\";\"Eva \"\"de Vries\"\"\";\"" + action
				+ "\";\"testIdea 8\";\"Wacht op controle\";\"Gepubliceerd\";\"\";\"" + action
				+ "\";\"testIdea\";\"8\";\"SUBMITTED\";\"PUBLISHED\"\r\n");
	}

	@Test
	void csv_readsLongTrailsInParts_withoutLosingOrRepeatingAnEntry() throws IOException {
		String action = uniqueAction();
		Instant start = Instant.parse("2026-04-01T00:00:00Z");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			// pairs of entries share a moment: the order falls back to the id
			rows.add(new Object[] { Timestamp.from(start.plusSeconds(i / 2)), 905L, "Fien", action, "testIdea",
					(long) i });
		}
		jdbc.batchUpdate(
				"insert into audit_entry (occurred_at, actor_id, actor_name, action_code, subject_type,"
						+ " subject_id, state_before, state_after, reason) values (?, ?, ?, ?, ?, ?, '', '', '')",
				rows);
		demo.signIn("beheerder");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		trail.exportCsv(filter(action), BundleWords.DUTCH, out);

		List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().skip(1).toList();
		assertThat(lines).hasSize(2500).doesNotHaveDuplicates();
		assertThat(lines.getFirst()).contains(";\"2499\";");
		assertThat(lines.getLast()).contains(";\"0\";");
	}

	@Test
	void deletedAccount_keepsItsEntries_andTheNameItHad() {
		String subject = UUID.randomUUID().toString();
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", "https://login.example.nl", "sub", subject, "name", "Tijdelijke Moderator"));
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"),
				new SimpleGrantedAuthority("ROLE_MODERATOR"));
		OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(
				new DefaultOidcUser(authorities, token), authorities, "gemeente");
		SecurityContextHolder.getContext().setAuthentication(authentication);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		Long account = accounts.currentAccountId().orElseThrow();
		Long subjectId = System.nanoTime();
		transaction.executeWithoutResult(status -> events.publishEvent(
				new ModerationActionTaken("idea.hide", "testIdea", subjectId, "PUBLISHED", "HIDDEN", "Kwetsend")));

		accounts.deleteMyAccount();

		assertThat(accounts.currentAccountId()).isEmpty();
		assertThat(entriesAbout("testIdea", subjectId)).singleElement().satisfies(entry -> {
			assertThat(entry.actorId()).isEqualTo(account);
			assertThat(entry.actorName()).isEqualTo("Tijdelijke Moderator");
		});
	}

	private List<AuditEntryView> entriesAbout(String type, Long id) {
		demo.signIn("beheerder");
		return trail.page(new AuditFilter(null, null, type, id, null, null), 0, 50, BundleWords.DUTCH).entries();
	}

	private int rowsAbout(Long ideaId) {
		return jdbc.queryForObject("select count(*) from audit_entry where subject_type = 'idea' and subject_id = ?",
				Integer.class, ideaId);
	}

	/** The entries' subject ids, standing in for which test row they are. */
	private List<Integer> ids(AuditFilter filter) {
		return trail.page(filter, 0, 50, BundleWords.DUTCH)
			.entries()
			.stream()
			.map(entry -> (int) (entry.occurredAt().getEpochSecond() / 86_400 - 20_512))
			.toList();
	}

	private static AuditFilter filter(String action) {
		return new AuditFilter(action, null, null, null, null, null);
	}

	private static String uniqueAction() {
		return "idea.test" + UUID.randomUUID().toString().substring(0, 8);
	}

	private void insert(String at, Long actorId, String name, String action, String type, Long subjectId) {
		insertFull(at, actorId, name, action, type, subjectId, "", "", "");
	}

	private void insertFull(String at, Long actorId, String name, String action, String type, Long subjectId,
			String before, String after, String reason) {
		jdbc.update(
				"insert into audit_entry (occurred_at, actor_id, actor_name, action_code, subject_type, subject_id,"
						+ " state_before, state_after, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(Instant.parse(at)), actorId, name, action, type, subjectId, before, after, reason);
	}

}
