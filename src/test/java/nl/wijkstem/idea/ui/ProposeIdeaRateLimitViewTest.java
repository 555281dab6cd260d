package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.PlaceKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same properties as {@code RateLimitsTest}, so both share one application context.
 */
@TestPropertySource(properties = { "wijkstem.rate-limits.ideas=5/1h,20/1d", "wijkstem.rate-limits.comments=20/10m",
		"wijkstem.rate-limits.reports=10/1h", "wijkstem.security.trusted-proxies=192.0.2.10" })
class ProposeIdeaRateLimitViewTest extends ProposeFormTest {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("kees")
	void ideaOverTheLimit_showsTheMessage_andKeepsWhatWasTyped() {
		for (int i = 0; i < 5; i++) {
			ideas.submit(null,
					new IdeaDraft("Snel idee nummer " + i + " voor de Westwijk",
							"Een korte uitleg bij dit idee, zodat het lang genoeg is om in te sturen.",
							PlaceKind.STREET, null, "", null, null));
		}
		Long kees = accounts.currentAccountId().orElseThrow();
		int sentIn = sentIn(kees);
		navigate(ProposeIdeaView.class);
		TextField title = titleField();
		test(title).setValue("Een bankje bij de bushalte aan de Reigerlaan");
		test(descriptionField())
			.setValue("Wie op de bus wacht, moet nu staan. Voor ouderen is dat zwaar, zeker als het regent.");

		test(placeField()).selectItem("Straat of stoep");

		test(sendButton()).click();

		assertThat(getCurrentView()).isInstanceOf(ProposeIdeaView.class);
		assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
			.isEqualTo("Je hebt in korte tijd veel ideeën ingestuurd. Probeer het over een uur opnieuw. "
					+ "Wat je schreef, blijft staan.");
		assertThat(title.getValue()).isEqualTo("Een bankje bij de bushalte aan de Reigerlaan");
		assertThat(descriptionField().getValue())
			.isEqualTo("Wie op de bus wacht, moet nu staan. Voor ouderen is dat zwaar, zeker als het regent.");
		assertThat(sendButton().isEnabled()).isTrue();
		assertThat(sentIn(kees)).isEqualTo(sentIn);
	}

	@Test
	@WithUserDetails("kees")
	void ideaOverTheLimit_withAFieldToCorrect_isToldTheFieldsThenTheLimit_eachOnItsOwn() {
		// up to the limit, whatever other tests of this account sent in before
		try {
			for (int i = 0; i < 10; i++) {
				ideas.submit(null,
						new IdeaDraft("Nog een snel idee nummer " + i + " voor de Westwijk",
								"Een korte uitleg bij dit idee, zodat het lang genoeg is om in te sturen.",
								PlaceKind.STREET, null, "", null, null));
			}
		}
		catch (Rejection limited) {
			assertThat(limited.problems().getFirst().messageKey()).isEqualTo("rateLimit.ideas");
		}
		navigate(ProposeIdeaView.class);
		test(titleField()).setValue("Bankje");

		test(sendButton()).click();

		// the fields first, then the limit: each told on its own, never the two run
		// together
		assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
			.isEqualTo("Je idee is nog niet ingestuurd. Verbeter de velden met een melding. "
					+ "Wat je hebt getypt, staat er nog.");
		test(titleField()).setValue("Een bankje bij de bushalte aan de Reigerlaan");
		test(descriptionField())
			.setValue("Wie op de bus wacht, moet nu staan. Voor ouderen is dat zwaar, zeker als het regent.");
		test(placeField()).selectItem("Straat of stoep");
		test(sendButton()).click();
		assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
			.isEqualTo("Je hebt in korte tijd veel ideeën ingestuurd. Probeer het over een uur opnieuw. "
					+ "Wat je schreef, blijft staan.");
	}

	private int sentIn(Long account) {
		return jdbc.queryForObject("select count(*) from idea where author_id = ? and submitted_at is not null",
				Integer.class, account);
	}

}
