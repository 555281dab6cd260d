package nl.wijkstem.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaQuery;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PhotoView;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.moderation.CsvLabels;
import nl.wijkstem.moderation.IdeaCsvExport;
import nl.wijkstem.audit.AuditFilter;
import nl.wijkstem.audit.AuditTrail;
import nl.wijkstem.moderation.bureau.ClaimService;
import nl.wijkstem.moderation.bureau.NoteService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestImages;
import nl.wijkstem.support.TestRounds;
import nl.wijkstem.voting.ResultsService;
import nl.wijkstem.voting.RoundService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Direct object access through the services (ASVS V8, issue 20): every object that is not
 * everyone's (a draft, an idea that is not or no longer public, its photos, a moderation
 * item, a round's integrity report, every export) asked for by its id, as each kind of
 * person. The views only ever hand the services ids, so this is what a crafted id
 * reaches. The photo file and the download links over HTTP:
 * {@code DirectObjectAccessBrowserIT}.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectObjectAccessTest {

	/** Who asks; the author of every idea here is fatima. */
	enum Viewer {

		ANONYMOUS(null), OTHER_RESIDENT("kees"), AUTHOR("fatima"), MODERATOR("moderator");

		final String username;

		Viewer(String username) {
			this.username = username;
		}

	}

	/** The states an idea of fatima's is in, each with one photo. */
	enum State {

		DRAFT, SUBMITTED, CHANGES_REQUESTED, REJECTED, HIDDEN, PUBLISHED;

		/** Who may see the idea and its photos in this state. */
		boolean visibleTo(Viewer viewer) {
			return switch (this) {
				case PUBLISHED -> true;
				case DRAFT -> viewer == Viewer.AUTHOR;
				default -> viewer == Viewer.AUTHOR || viewer == Viewer.MODERATOR;
			};
		}

	}

	private static final String DESCRIPTION = "Een voorstel van Fatima met genoeg woorden om het goed te begrijpen.";

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	PhotoService photos;

	@Autowired
	CommentService comments;

	@Autowired
	NoteService notes;

	@Autowired
	ClaimService claims;

	@Autowired
	IdeaCsvExport ideaCsv;

	@Autowired
	AuditTrail audit;

	@Autowired
	ResultsService results;

	@Autowired
	RoundService rounds;

	@Autowired
	AddressService addresses;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private final Map<State, Long> ideaIds = new EnumMap<>(State.class);

	private final Map<State, Long> photoIds = new EnumMap<>(State.class);

	private final Map<State, String> titles = new EnumMap<>(State.class);

	/**
	 * Once, in the first test: the security context is only set up around test methods.
	 */
	@BeforeEach
	void fatimasIdeas_inEveryState() {
		if (!ideaIds.isEmpty()) {
			return;
		}
		String marker = UUID.randomUUID().toString().substring(0, 8);
		for (State state : State.values()) {
			String title = "Objecttoegang " + state.name().toLowerCase() + " " + marker;
			titles.put(state, title);
			Long id = demo.as("fatima", () -> ideas.save(null, draft(title)));
			PhotoView photo = demo.as("fatima", () -> photos.add(id, "stoep.png", TestImages.png(20, 20)));
			demo.as("fatima", () -> {
				photos.describe(photo.id(), "Losse stoeptegels");
				if (state != State.DRAFT) {
					ideas.submit(id, draft(title));
				}
				return null;
			});
			demo.as("moderator", () -> {
				switch (state) {
					case CHANGES_REQUESTED ->
						fixture.decide(id, ModerationDecision.REQUEST_CHANGES, "Wilt u de plek beschrijven?");
					case REJECTED -> fixture.decide(id, ModerationDecision.REJECT, "Dit past niet.");
					case PUBLISHED -> fixture.decide(id, ModerationDecision.PUBLISH, "");
					case HIDDEN -> {
						fixture.decide(id, ModerationDecision.PUBLISH, "");
						fixture.hide(id, "Er staat een telefoonnummer in.");
					}
					default -> {
					}
				}
				return null;
			});
			ideaIds.put(state, id);
			photoIds.put(state, photo.id());
		}
		assertThat(jdbc.queryForList("select status, hidden from idea where id in (?, ?, ?, ?, ?, ?) order by id",
				ideaIds.values().toArray()))
			.extracting(row -> row.get("STATUS") + (Boolean.TRUE.equals(row.get("HIDDEN")) ? "/hidden" : ""))
			.containsExactly("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "PUBLISHED/hidden", "PUBLISHED");
	}

	static Stream<Arguments> everyStateForEveryViewer() {
		return Arrays.stream(State.values())
			.flatMap(state -> Arrays.stream(Viewer.values()).map(viewer -> Arguments.of(state, viewer)));
	}

	@ParameterizedTest(name = "{0} idea as {1}")
	@MethodSource("everyStateForEveryViewer")
	void ideaAndItsPhotos_byTheirIds_onlyForThoseWhoMaySeeThem(State state, Viewer viewer) {
		Long id = ideaIds.get(state);
		Long photoId = photoIds.get(state);
		boolean visible = state.visibleTo(viewer);

		signIn(viewer);

		assertThat(publicIdeas.idea(id, Languages.DUTCH).isPresent()).as("the idea page's data").isEqualTo(visible);
		assertThat(photos.photos(id)).as("the idea's photos").hasSize(visible ? 1 : 0);
		assertThat(photos.file(photoId)).as("the photo file (/photos/%d)", photoId)
			.matches(file -> file.isPresent() == visible);
		assertThat(comments.comments(id)).isEmpty();
	}

	@ParameterizedTest(name = "{0} idea as {1}")
	@MethodSource("everyStateForEveryViewer")
	void unlistedIdea_isNeverFoundBySearchMapOrSimilarIdeas(State state, Viewer viewer) {
		signIn(viewer);
		String title = titles.get(state);
		boolean listed = state == State.PUBLISHED;

		assertThat(
				publicIdeas.search(new IdeaQuery(title, null, null, null, null, null), 0, 20, Languages.DUTCH).cards())
			.extracting(card -> card.title())
			.satisfies(found -> assertThat(found.contains(title)).isEqualTo(listed));
		assertThat(publicIdeas.similar(title, null, null)).extracting(similar -> similar.title())
			.satisfies(found -> assertThat(found.contains(title)).isEqualTo(listed));
	}

	@Test
	void anotherResident_cannotReadChangeWithdrawOrTouchThePhotosOfSomeoneElsesIdea() {
		signIn(Viewer.OTHER_RESIDENT);

		for (State state : State.values()) {
			Long id = ideaIds.get(state);
			Long photoId = photoIds.get(state);
			assertThat(ideas.ownDraft(id)).as("%s: the form's content", state).isEmpty();
			assertThat(ideas.requestedChanges(id)).as("%s: the request for changes", state).isEmpty();
			refused(() -> ideas.save(id, draft("Overgenomen door Kees")));
			refused(() -> ideas.submit(id, draft("Overgenomen door Kees")));
			refused(() -> ideas.withdraw(id));
			refused(() -> photos.ownPhotos(id));
			refused(() -> photos.add(id, "ander.png", TestImages.png(20, 20)));
			refused(() -> photos.describe(photoId, "Overgenomen door Kees"));
			refused(() -> photos.remove(photoId));
		}
		signIn(Viewer.AUTHOR);
		assertThat(ideas.ownDraft(ideaIds.get(State.DRAFT))).map(IdeaDraft::title).hasValue(titles.get(State.DRAFT));
		assertThat(ideas.requestedChanges(ideaIds.get(State.CHANGES_REQUESTED))).isPresent();
		assertThat(photos.ownPhotos(ideaIds.get(State.DRAFT))).hasSize(1);
		assertThat(jdbc.queryForObject("select title from idea where id = ?", String.class, ideaIds.get(State.DRAFT)))
			.isEqualTo(titles.get(State.DRAFT));
	}

	@Test
	void ideaThatIsNotPublic_cannotBeSupportedCommentedOrReported_byIdAlone() {
		signIn(Viewer.OTHER_RESIDENT);

		for (State state : List.of(State.DRAFT, State.SUBMITTED, State.CHANGES_REQUESTED, State.REJECTED,
				State.HIDDEN)) {
			Long id = ideaIds.get(state);
			refused(() -> ideas.support(id));
			refused(() -> comments.comment(id, null, "Goed idee, ik doe mee!"));
			refused(() -> comments.report(id, null, ReportReason.OFFENSIVE));
		}
		assertThat(jdbc.queryForObject("select count(*) from idea_support where idea_id in (?, ?, ?, ?, ?)", Long.class,
				notPublicIds().toArray()))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from idea_comment where idea_id in (?, ?, ?, ?, ?)", Long.class,
				notPublicIds().toArray()))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from idea_report where idea_id in (?, ?, ?, ?, ?)", Long.class,
				notPublicIds().toArray()))
			.isZero();
		// the control: the published one can be
		assertThat(ideas.support(ideaIds.get(State.PUBLISHED))).isTrue();
		assertThat(comments.report(ideaIds.get(State.PUBLISHED), null, ReportReason.OFFENSIVE)).isTrue();
	}

	@Test
	void aCommentUnderAHiddenIdea_cannotBeReportedOrRepliedTo_underAPublicIdea() {
		Long published = ideaIds.get(State.PUBLISHED);
		Long hidden = demo.as("fatima",
				() -> ideas.submit(null, draft("Verborgen met reactie " + UUID.randomUUID())).id());
		demo.as("moderator", () -> {
			fixture.decide(hidden, ModerationDecision.PUBLISH, "");
			return null;
		});
		Long commentOnHidden = demo.as("fatima",
				() -> comments.comment(hidden, null, "Mijn buurman belt u op 06-12345678"));
		demo.as("moderator", () -> {
			fixture.hide(hidden, "Er staat een telefoonnummer in.");
			return null;
		});
		signIn(Viewer.OTHER_RESIDENT);

		refused(() -> comments.comment(published, commentOnHidden, "Een antwoord"));
		refused(() -> comments.report(published, commentOnHidden, ReportReason.PERSONAL_DATA));
		assertThat(jdbc.queryForObject("select count(*) from idea_report where comment_id = ?", Long.class,
				commentOnHidden))
			.isZero();
	}

	@Test
	void moderationItem_isRefusedToResidents_andToAnonymousVisitors() {
		Long id = ideaIds.get(State.SUBMITTED);

		for (Viewer viewer : List.of(Viewer.ANONYMOUS, Viewer.OTHER_RESIDENT, Viewer.AUTHOR)) {
			signIn(viewer);
			denied(() -> moderation.facts(id));
			denied(() -> notes.notes(id));
			denied(() -> notes.add(id, "Kees schrijft een notitie"));
			denied(() -> claims.opened(id));
			denied(() -> claims.claim(id));
			denied(() -> decisions.decide(id, 0, ModerationDecision.PUBLISH, ""));
			denied(() -> moderation.hide(ideaIds.get(State.PUBLISHED), 0, "Verborgen door Kees"));
			denied(() -> decisions.awaitingReview(0, 20, Languages.DUTCH));
		}
		signIn(Viewer.MODERATOR);
		assertThat(moderation.facts(id)).isNotNull();
		assertThat(notes.notes(id)).isEmpty();
		assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, id))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void integrityReport_isForAdministratorsOnly() {
		Long round = demoRound();

		for (Viewer viewer : Viewer.values()) {
			signIn(viewer);
			denied(() -> results.integrity(round, Languages.DUTCH));
		}
		demo.signIn("beheerder");
		assertThat(results.integrity(round, Languages.DUTCH)).isNotNull();
	}

	@Test
	void resultsAndTheirCsv_areRefused_anonymously_andBeforeTheResultsAreDue() {
		demo.signIn("beheerder");
		Long round = rounds
			.create(TestRounds.budget(clock.instant(), "Objecttoegang " + UUID.randomUUID(), "Object access", 10_000L));

		SignIn.out();
		denied(() -> results.results(round, Languages.DUTCH));
		for (Viewer viewer : List.of(Viewer.OTHER_RESIDENT, Viewer.MODERATOR)) {
			signIn(viewer);
			assertThatExceptionOfType(Rejection.class).isThrownBy(() -> results.results(round, Languages.DUTCH))
				.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("voting.error.resultsNotYet"));
		}
	}

	@Test
	void ideasCsv_isForModerators_andHoldsOnlyWhatEveryoneMaySee() throws IOException {
		CsvLabels labels = CsvLabels.of(key -> BundleWords.DUTCH.text(key).orElse(key), Languages.DUTCH);

		for (Viewer viewer : List.of(Viewer.ANONYMOUS, Viewer.OTHER_RESIDENT, Viewer.AUTHOR)) {
			signIn(viewer);
			denied(() -> ideaCsv.write(new ByteArrayOutputStream(), labels));
		}
		signIn(Viewer.MODERATOR);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ideaCsv.write(out, labels);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).contains(titles.get(State.PUBLISHED));
		for (State state : List.of(State.DRAFT, State.SUBMITTED, State.CHANGES_REQUESTED, State.REJECTED,
				State.HIDDEN)) {
			assertThat(csv).as(state.name()).doesNotContain(titles.get(state));
		}
	}

	@Test
	void auditCsv_addresses_andLetterCodes_areForAdministratorsOnly() {
		for (Viewer viewer : Viewer.values()) {
			signIn(viewer);
			denied(() -> audit.exportCsv(AuditFilter.ALL, BundleWords.DUTCH, new ByteArrayOutputStream()));
			denied(() -> audit.page(AuditFilter.ALL, 0, 20, BundleWords.DUTCH));
			denied(() -> addresses.findAddresses("", 0));
			denied(() -> addresses.verifiedPerAddress());
			denied(() -> addresses.generateLetters(LocalDate.now(clock).plusMonths(1), false));
			denied(() -> addresses.importAddresses("postcode;huisnummer\n3131AA;1\n".getBytes(StandardCharsets.UTF_8)));
		}
		demo.signIn("beheerder");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			audit.exportCsv(AuditFilter.ALL, BundleWords.DUTCH, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(out.size()).isPositive();
	}

	@Test
	void personalDataDownload_holdsOnlyTheSignedInPersonsOwnData_evenAfterReportingOthersIdeasById() {
		SignIn.out();
		denied(() -> accounts.exportMyData(BundleWords.DUTCH.translator()));

		signIn(Viewer.OTHER_RESIDENT);
		// a report names its idea in the reporter's download: it must not name one they
		// may not see
		notPublicIds().forEach(id -> {
			try {
				comments.report(id, null, ReportReason.SPAM);
			}
			catch (Rejection expected) {
				// refused, as it should be
			}
		});
		String kees = new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8);
		signIn(Viewer.AUTHOR);
		String fatima = new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8);

		assertThat(fatima).contains(titles.get(State.DRAFT), titles.get(State.HIDDEN));
		for (State state : State.values()) {
			if (state != State.PUBLISHED) {
				assertThat(kees).as(state.name()).doesNotContain(titles.get(state));
			}
		}
	}

	private List<Long> notPublicIds() {
		return Stream.of(State.DRAFT, State.SUBMITTED, State.CHANGES_REQUESTED, State.REJECTED, State.HIDDEN)
			.map(ideaIds::get)
			.toList();
	}

	private Long demoRound() {
		return jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
	}

	private void signIn(Viewer viewer) {
		if (viewer.username == null) {
			SignIn.out();
		}
		else {
			demo.signIn(viewer.username);
		}
	}

	/** Refused by the rule on the object: the idea is not the viewer's, or not public. */
	private static void refused(ThrowingCallable call) {
		assertThatExceptionOfType(Rejection.class).isThrownBy(call);
	}

	/** Refused by method security: the viewer lacks the role, or is not signed in. */
	private static void denied(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
	}

	private static IdeaDraft draft(String title) {
		return new IdeaDraft(title, DESCRIPTION, PlaceKind.STREET, null, "Reigerlaan", null, null);
	}

}
