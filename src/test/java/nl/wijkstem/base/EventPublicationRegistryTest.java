package nl.wijkstem.base;

import java.time.Instant;
import java.util.UUID;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.idea.AuthorInformed;
import nl.wijkstem.idea.ModerationOutcome;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reaction after commit is written down in the transaction of the action and crossed
 * out when it has run, so a crash in between loses nothing: what is still written down is
 * run again (at start, {@code republish-outstanding-events-on-restart}).
 */
@ApplicationTest
class EventPublicationRegistryTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoUsers demo;

	@Test
	void aReactionThatRan_isCrossedOut() {
		Long kees = keesId();
		long before = pending();

		transaction.executeWithoutResult(status -> events.publishEvent(new AuthorInformed(kees,
				ModerationOutcome.ANSWERED, "Registertest " + UUID.randomUUID(), "Het antwoord.", 1L)));

		assertThat(pending()).isEqualTo(before);
	}

	@Test
	void aReactionACrashInterrupted_runsWhenResubmitted() {
		Long kees = keesId();
		String title = "Na de crash " + UUID.randomUUID();
		// what the registry wrote in the action's transaction, when the process died
		// before the notice was written
		jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_attempts, status)
				values (?, ?, ?, ?, ?, 0, 'PUBLISHED')""", UUID.randomUUID(),
				"nl.wijkstem.notification.NotificationService.on(nl.wijkstem.idea.AuthorInformed)",
				AuthorInformed.class.getName(),
				"{\"authorId\":" + kees + ",\"outcome\":\"ANSWERED\",\"title\":\"" + title
						+ "\",\"message\":\"Het antwoord.\",\"linkIdeaId\":1}",
				java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
		assertThat(noticesAbout(title)).isZero();

		incomplete.resubmitIncompletePublications(publication -> true);

		assertThat(noticesAbout(title)).isOne();
		assertThat(pending()).isZero();
	}

	private Long keesId() {
		demo.signIn("kees");
		Long id = accounts.currentAccountId().orElseThrow();
		SignIn.out();
		return id;
	}

	private long pending() {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
	}

	private long noticesAbout(String title) {
		return jdbc.queryForObject("select count(*) from notice where subject = ?", Long.class, title);
	}

}
