package nl.wijkstem.moderation.bureau;

import nl.wijkstem.support.BundleWords;
import java.nio.charset.StandardCharsets;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class NoteServiceTest {

	@Autowired
	NoteService notes;

	@Autowired
	IdeaService ideas;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	AccountService accounts;

	@Autowired
	NotificationService notifications;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void notes_areForTheBureau_moderatorsAndAdministrators() {
		Long idea = fixture.submitted("Idee met notitie " + IdeaFixture.unique());
		demo.signIn("moderator");
		notes.add(idea, "  Indiener gebeld: stuurt nog een foto van de plek.\r\nDaarna publiceren.  ");

		demo.signIn("beheerder");
		assertThat(notes.notes(idea)).singleElement().satisfies(note -> {
			assertThat(note.body()).isEqualTo("Indiener gebeld: stuurt nog een foto van de plek.\nDaarna publiceren.");
			assertThat(note.authorName()).isEqualTo("Sanne Jansen (programmabureau)");
			assertThat(note.mine()).isFalse();
		});
		demo.signIn("kees");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> notes.notes(idea));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> notes.add(idea, "Ik wil ook"));
		demo.signIn("fatima");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> notes.notes(idea));
	}

	@Test
	void aNote_neverReachesTheAuthor_butIsInItsWritersDataDownload() {
		String secret = "Interne afweging " + IdeaFixture.unique();
		Long idea = fixture.published("Idee van Kees " + IdeaFixture.unique(), null);
		demo.signIn("moderator");
		notes.add(idea, secret);

		demo.signIn("kees");
		assertThat(publicIdeas.idea(idea, Languages.DUTCH).orElseThrow().toString()).doesNotContain(secret);
		assertThat(ideas.myIdeas().toString()).doesNotContain(secret);
		assertThat(notifications.myNotices().toString()).doesNotContain(secret);
		assertThat(new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8))
			.doesNotContain(secret);
		SignIn.out();
		assertThat(publicIdeas.idea(idea, Languages.DUTCH).orElseThrow().toString()).doesNotContain(secret);
		demo.signIn("moderator");
		assertThat(new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8))
			.contains(secret)
			.contains("internalNotesWritten");
	}

	@Test
	void anEmptyOrTooLongNote_isRefused_andNothingIsSaved() {
		Long idea = fixture.submitted("Lege notitie " + IdeaFixture.unique());
		demo.signIn("moderator");

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> notes.add(idea, "   "))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("moderation.notes.error.empty"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> notes.add(idea, "x".repeat(NoteService.MAX_LENGTH + 1)))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("moderation.notes.error.tooLong"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> notes.add(Long.MAX_VALUE, "Notitie"));
		assertThat(notes.notes(idea)).isEmpty();
	}

	@Test
	void onlyItsWriter_deletesANote() {
		Long idea = fixture.submitted("Notitie verwijderen " + IdeaFixture.unique());
		demo.signIn("moderator");
		Long note = notes.add(idea, "Foutje, hoort bij een ander idee.");

		demo.signIn("beheerder");
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> notes.delete(note));
		assertThat(notes.notes(idea)).hasSize(1);
		demo.signIn("moderator");
		assertThat(notes.notes(idea)).singleElement().extracting(NoteView::mine).isEqualTo(true);
		notes.delete(note);
		assertThat(notes.notes(idea)).isEmpty();
	}

}
