package nl.wijkstem.idea;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

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

	@AfterEach
	void cleanUp() {
		SignIn.out();
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
