package nl.wijkstem.notification.ui;

import java.sql.Timestamp;
import java.time.Instant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell in the header counts unread notices and clears once they are read, in the same
 * page: the header stays while the person navigates.
 */
@WithUserDetails("fatima")
class NoticesBellViewTest extends ViewTest {

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bell_clearsAfterReading_withoutReload() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
		Long me = accounts.currentAccountId().orElseThrow();
		navigate(HomeView.class);
		RouterLink bell = find(RouterLink.class).withClassName("notices-bell").single();
		jdbc.update(
				"insert into notice (version, recipient_id, message_key, subject, detail, link, created_at) "
						+ "values (0, ?, 'notice.supported', 'Bankjes rond de Krabbeplas', '', 'ideas/1', ?)",
				me, Timestamp.from(Instant.now()));

		navigate(HomeView.class);
		assertThat(bell.getText()).endsWith("nieuw)");
		assertThat(bell.hasClassName("notices-bell--unread")).isTrue();

		navigate(NoticesView.class);

		assertThat(find(RouterLink.class).withClassName("notices-bell").single()).isSameAs(bell);
		assertThat(bell.getText()).isEqualTo("Berichten");
		assertThat(bell.hasClassName("notices-bell--unread")).isFalse();
	}

	@Test
	void aNoticeAboutARound_linksToTheRound() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
		Long me = accounts.currentAccountId().orElseThrow();
		jdbc.update(
				"insert into notice (version, recipient_id, message_key, subject, detail, link, created_at) "
						+ "values (0, ?, 'notice.ballot.ON_BALLOT.supporter.several', ?, 'Buurtbudget', 'vote/7', ?)",
				me, "\u201CBankjes\u201D, \u201CBomen\u201D", Timestamp.from(Instant.now()));

		navigate(NoticesView.class);

		assertThat(find(H2.class).withText("Stem op ideeën die je steunt").exists()).isTrue();
		Anchor open = find(Anchor.class).withText("Bekijk de stemronde").atIndex(1);
		assertThat(open.getHref()).isEqualTo("vote/7");
	}

}
