package nl.wijkstem.idea;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Deleting an account removes what nobody could see or remove any more, and keeps what
 * must outlive it: the limits on letter-code attempts go on counting.
 */
@ApplicationTest
class DeletedAccountTest {

	@Autowired
	AccountService accounts;

	@Autowired
	ResidencyService residency;

	@Autowired
	IdeaService ideas;

	@Autowired
	PhotoService photos;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	CommentService comments;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@AfterEach
	void cleanUp() {
		ResidencyTestSupport.noNetwork();
	}

	@Test
	void wrongCodes_keepCountingForThePerson_afterTheAccountIsDeleted() {
		ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
		String person = "raden-" + System.nanoTime();
		signIn(person);
		for (int attempt = 0; attempt < 5; attempt++) {
			wrongCode();
		}
		accounts.deleteMyAccount();

		signIn(person);
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("ABCD-EFGH-JKLM"))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("residency.error.tooManyAttempts"));
	}

	@Test
	void wrongCodes_keepCountingForTheNetworkAddress_acrossDeletedAccounts() {
		ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
		for (int account = 0; account < 4; account++) {
			signIn("wisselaar-" + account + "-" + System.nanoTime());
			for (int attempt = 0; attempt < 5; attempt++) {
				wrongCode();
			}
			accounts.deleteMyAccount();
		}

		signIn("nieuw-" + System.nanoTime());
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("ABCD-EFGH-JKLM"))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("residency.error.tooManyAttempts"));
		assertThat(jdbc.queryForObject("select count(*) from code_attempt where account_id is null and person like ?",
				Integer.class, "%"))
			.isGreaterThanOrEqualTo(20);
	}

	@Test
	void draftsAndTheirPhotos_goWithTheAccount_publicIdeasStayWithoutAName() throws IOException {
		signIn("schrijver-" + System.nanoTime());
		Long draft = ideas.save(null,
				new IdeaDraft("Een kladje over de stoep", "Nog niet af.", PlaceKind.STREET, null, "", null, null));
		String stored = jdbc.queryForObject("select stored_name from idea_photo where id = ?", String.class,
				photos.add(draft, "stoep.png", png()).id());
		assertThat(photoFiles(stored)).isOne();

		accounts.deleteMyAccount();

		assertThat(jdbc.queryForObject("select count(*) from idea where id = ?", Integer.class, draft)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from idea_photo where stored_name = ?", Integer.class, stored))
			.isZero();
		assertThat(photoFiles(stored)).as("the photo's bytes are gone too").isZero();
	}

	/**
	 * What the delete page promises (MyDataView's list), checked in the database: every
	 * never-public idea goes with its photos; a public idea stays, without a name, with
	 * its photo and the support of others; comments stay without a name; the person's own
	 * supports, reports, notices and residency go.
	 */
	@Test
	void everyKindOfContent_endsAsTheDeletePageSays() throws IOException {
		Authentication leaver = ResidencyTestSupport.signInAsNewResident(events, "Vertrekkende Bewoner", Map.of());
		Long account = accounts.currentAccountId().orElseThrow();
		demo.run("moderator", () -> residency.verifyInPerson(account));
		SecurityContextHolder.getContext().setAuthentication(leaver);
		Long draft = ideas.save(null, draft("Een concept over bankjes"));
		String draftPhoto = photo(draft);
		Long waiting = withPhoto("Een idee dat nog wacht op de moderatie");
		String waitingPhoto = jdbc.queryForObject("select stored_name from idea_photo where idea_id = ?", String.class,
				waiting);
		Long returned = ideas.submit(null, draft("Een idee dat terug moet naar mij")).id();
		Long rejected = ideas.submit(null, draft("Een idee dat niet geplaatst wordt")).id();
		Long withdrawn = ideas.submit(null, draft("Een idee dat ik zelf terugtrek")).id();
		ideas.withdraw(withdrawn);
		Long published = withPhoto("Een idee dat online komt te staan");
		String publishedPhoto = jdbc.queryForObject("select stored_name from idea_photo where idea_id = ?",
				String.class, published);
		demo.run("moderator", () -> {
			decisions.decide(returned, version(returned), ModerationDecision.REQUEST_CHANGES,
					"Wil je de plek wat preciezer noemen?");
			decisions.decide(rejected, version(rejected), ModerationDecision.REJECT,
					"Dit hoort bij BuitenBeter, niet bij Wijkstem.");
			fixture.publish(published);
		});
		demo.run("kees", () -> ideas.support(published));
		SecurityContextHolder.getContext().setAuthentication(leaver);
		Long garden = jdbc.queryForObject("select id from idea where title = ?", Long.class, "Moestuin voor de buurt");
		int gardenSupport = supportCount(garden);
		ideas.support(garden);
		Long comment = comments.comment(garden, null, "Ik doe graag mee met de moestuin.");
		Long keesComment = demo.as("kees", () -> comments.comment(garden, null, "Ik ook, op zaterdag."));
		SecurityContextHolder.getContext().setAuthentication(leaver);
		comments.report(garden, keesComment, ReportReason.OTHER);
		assertThat(count("select count(*) from notice where recipient_id = ?", account)).isPositive();

		accounts.deleteMyAccount();

		for (Long gone : List.of(draft, waiting, returned, rejected, withdrawn)) {
			assertThat(count("select count(*) from idea where id = ?", gone)).as("idea %s", gone).isZero();
			assertThat(count("select count(*) from idea_photo where idea_id = ?", gone)).isZero();
		}
		assertThat(photoFiles(draftPhoto) + photoFiles(waitingPhoto)).as("their photos' bytes").isZero();
		assertThat(jdbc.queryForObject("select author_id from idea where id = ?", Long.class, published)).isNull();
		assertThat(photoFiles(publishedPhoto)).as("a public idea keeps its photo").isOne();
		assertThat(supportCount(published)).as("the support of others stays").isOne();
		assertThat(supportCount(garden)).as("their own support goes").isEqualTo(gardenSupport);
		assertThat(count("select count(*) from idea_comment where id = ? and author_id is null", comment)).isOne();
		assertThat(count("select count(*) from idea_support where account_id = ?", account)).isZero();
		assertThat(count("select count(*) from idea_report where reporter_id = ?", account)).isZero();
		assertThat(count("select count(*) from notice where recipient_id = ?", account)).isZero();
		assertThat(count("select count(*) from residency where account_id = ?", account)).isZero();
		assertThat(count("select count(*) from account where id = ?", account)).isZero();
		demo.run("moderator",
				() -> assertThatExceptionOfType(Rejection.class)
					.isThrownBy(() -> decisions.decide(waiting, 0, ModerationDecision.PUBLISH, "Gecontroleerd."))
					.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("idea.error.notFound")));
	}

	/**
	 * Ideas left without an author before deletion took them along cannot be published in
	 * the absent author's place.
	 */
	@Test
	void aWaitingIdeaWithoutAuthor_cannotBePublished() {
		ResidencyTestSupport.signInAsNewResident(events, "Oude Bewoner", Map.of());
		Long waiting = ideas.submit(null, draft("Een idee van voor de opruiming")).id();
		jdbc.update("update idea set author_id = null where id = ?", waiting);

		demo.run("moderator",
				() -> assertThatExceptionOfType(Rejection.class)
					.isThrownBy(
							() -> decisions.decide(waiting, version(waiting), ModerationDecision.PUBLISH, "Goed idee."))
					.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("idea.error.notFound")));
		assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, waiting))
			.isEqualTo("SUBMITTED");
	}

	private Long withPhoto(String title) throws IOException {
		Long id = ideas.save(null, draft(title));
		photo(id);
		return ideas.submit(id, draft(title)).id();
	}

	private String photo(Long ideaId) throws IOException {
		Long photo = photos.add(ideaId, "foto.png", png()).id();
		photos.describe(photo, "Een lege stoep aan de Marathonweg");
		return jdbc.queryForObject("select stored_name from idea_photo where id = ?", String.class, photo);
	}

	private static IdeaDraft draft(String title) {
		return new IdeaDraft(title + " " + System.nanoTime(), "Een idee om te testen wat er met mijn gegevens gebeurt.",
				PlaceKind.STREET, null, "Marathonweg", null, null);
	}

	private int version(Long ideaId) {
		return jdbc.queryForObject("select version from idea where id = ?", Integer.class, ideaId);
	}

	private int supportCount(Long ideaId) {
		return jdbc.queryForObject("select support_count from idea where id = ?", Integer.class, ideaId);
	}

	private int count(String sql, Long id) {
		return jdbc.queryForObject(sql, Integer.class, id);
	}

	private void wrongCode() {
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("ABCD-EFGH-JKLM"));
	}

	private void signIn(String subject) {
		ResidencyTestSupport.signIn(events, subject, "Bewoner " + subject, Map.of());
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private Integer photoFiles(String stored) {
		return jdbc.queryForObject("select count(*) from photo_content where name = ?", Integer.class, stored);
	}

}
