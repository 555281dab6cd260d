package nl.wijkstem.notification.ui;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.NotFoundView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beheer &gt; Verzonden e-mail without a browser: the kept mails newest first, a page at
 * a time, and one mail in full with its HTML in a frame that may do nothing.
 */
@WithUserDetails("beheerder")
class SentMailViewTest extends ViewTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noMailYet_saysSo_andHowToSeeOne() {
		jdbc.sql("delete from sent_mail").update();

		navigate(SentMailView.class);

		assertThat(find(Paragraph.class).withClassName("sent-mail-empty").single().getText())
			.startsWith("Er is nog geen e-mail verzonden.");
		assertThat(find(NativeTableRow.class).withClassName("sent-mail-line").exists()).isFalse();
		assertThat(find(Paragraph.class).withTextContaining("7 dagen").exists()).as("the demo keeps mail").isTrue();
	}

	@Test
	void theList_showsTheNewestFirst_aPageAtATime() {
		jdbc.sql("delete from sent_mail").update();
		Instant start = Instant.parse("2026-12-07T09:00:00Z");
		for (int i = 1; i <= 30; i++) {
			keep("Bericht " + i, start.plus(Duration.ofMinutes(i)));
		}

		navigate(SentMailView.class);

		assertThat(find(Paragraph.class).withText("30 e-mails, de nieuwste eerst").exists()).isTrue();
		List<String> subjects = find(RouterLink.class).all()
			.stream()
			.map(RouterLink::getText)
			.filter(text -> text.startsWith("Bericht "))
			.toList();
		assertThat(subjects).hasSize(SentMailView.PAGE_SIZE).startsWith("Bericht 30", "Bericht 29");
		assertThat(find(NativeTableRow.class).withClassName("sent-mail-line").all()).hasSize(SentMailView.PAGE_SIZE);
	}

	@Test
	void aMail_showsItsHtmlInAFrameWithoutPermissions_andItsText() {
		long id = keep("Je idee is geplaatst", Instant.parse("2026-12-07T10:00:00Z"));

		navigate("admin/mail/" + id, SentMailDetailView.class);

		IFrame frame = find(IFrame.class).single();
		assertThat(frame.getElement().getAttribute("sandbox")).as("every permission withheld").isEmpty();
		assertThat(frame.getSrcdoc()).hasValue("<!DOCTYPE html><html lang=\"nl\"><body><h1>Je idee is geplaatst</h1>"
				+ "<p>&lt;b&gt;escaped&lt;/b&gt;</p></body></html>");
		assertThat(frame.getElement().getAttribute("title")).isEqualTo("Inhoud van de e-mail");
		assertThat(find(Pre.class).single().getText()).isEqualTo("Je idee is geplaatst\n\n<b>escaped</b>\n");
		assertThat(find(RouterLink.class).withText("Terug naar Verzonden e-mail").exists()).isTrue();

		inLanguage(Locale.ENGLISH);
		assertThat(find(IFrame.class).single().getElement().getAttribute("title")).isEqualTo("Content of the e-mail");
	}

	@Test
	void anUnknownMail_isNotFound() {
		navigate("admin/mail/999999999", NotFoundView.class);
	}

	private long keep(String subject, Instant at) {
		jdbc.sql("""
				insert into sent_mail (sender, recipient, subject, html, text, sent_at)
				values ('Wijkstem <noreply@localhost>', 'kees@westwijk.example', :subject, :html, :text, :at)""")
			.param("subject", subject)
			.param("html",
					"<!DOCTYPE html><html lang=\"nl\"><body><h1>" + subject
							+ "</h1><p>&lt;b&gt;escaped&lt;/b&gt;</p></body></html>")
			.param("text", subject + "\n\n<b>escaped</b>\n")
			.param("at", Timestamp.from(at))
			.update();
		return jdbc.sql("select max(id) from sent_mail").query(Long.class).single();
	}

}
