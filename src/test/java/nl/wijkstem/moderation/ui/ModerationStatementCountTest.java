package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.support.StatementCountViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderators' queue and an item in it cost a fixed number of SQL statements, however
 * many ideas wait: no N+1 queries.
 */
class ModerationStatementCountTest extends StatementCountViewTest {

	/**
	 * Upper bound per render; the exact number may change, its independence of size may
	 * not. (The header's bell counts unread notices at every navigation.)
	 */
	private static final long BOUND = 30;

	@AfterEach
	void removeWhatWasSeeded() {
		IdeaBulkSeeder.remove(jdbc, "Wachtrijklein", "Wachtrijgroot", "Meldingenklein", "Meldingengroot");
	}

	@Test
	@WithUserDetails("moderator")
	void queueAndItem_costTheSameStatements_atTwoDataSizes() {
		IdeaBulkSeeder seeder = new IdeaBulkSeeder(jdbc);
		List<Long> few = waiting(seeder.seed("Wachtrijklein", 25, 2, 2, 10).ideaIds());
		long queueSmall = statements(() -> navigate("moderation", ModerationQueueView.class));
		long itemSmall = statements(() -> navigate("moderation/" + few.getFirst(), ModerationItemView.class));

		List<Long> many = waiting(seeder.seed("Wachtrijgroot", 300, 8, 25, 60).ideaIds());
		long queueLarge = statements(() -> navigate("moderation", ModerationQueueView.class));
		long itemLarge = statements(() -> navigate("moderation/" + many.getFirst(), ModerationItemView.class));

		assertThat(queueLarge).isEqualTo(queueSmall).isLessThanOrEqualTo(BOUND);
		assertThat(itemLarge).isEqualTo(itemSmall).isLessThanOrEqualTo(BOUND);
	}

	@Test
	@WithUserDetails("moderator")
	void reportedList_mostReportedFirst_costsTheSameStatements_atTwoDataSizes() {
		IdeaBulkSeeder seeder = new IdeaBulkSeeder(jdbc);
		IdeaBulkSeeder.Result few = seeder.seed("Meldingenklein", 25, 0, 2, 10);
		reportEveryComment(few);
		long small = statements(this::reportedMostReportedFirst);

		IdeaBulkSeeder.Result many = seeder.seed("Meldingengroot", 300, 0, 4, 40);
		reportEveryComment(many);
		long large = statements(this::reportedMostReportedFirst);

		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(BOUND);
	}

	private void reportedMostReportedFirst() {
		navigate("moderation", ModerationQueueView.class);
		test(find(RadioButtonGroup.class).single()).selectItem("Gemeld");
		test(find(Select.class).withLabel("Volgorde").single()).selectItem("Vaakst gemeld eerst");
	}

	/** Two residents report every comment of these ideas, one of them the idea too. */
	private void reportEveryComment(IdeaBulkSeeder.Result seeded) {
		Long first = seeded.residentIds().get(0);
		Long second = seeded.residentIds().get(1);
		for (Long reporter : List.of(first, second)) {
			jdbc.update("""
					insert into idea_report (idea_id, comment_id, target_key, reporter_id, reason, created_at)
					select c.idea_id, c.id, concat('comment:', cast(c.id as varchar(20))), ?, 'SPAM', c.created_at
					from idea_comment c where c.idea_id between ? and ?""", reporter, seeded.ideaIds().getFirst(),
					seeded.ideaIds().getLast());
		}
		jdbc.update("""
				insert into idea_report (idea_id, comment_id, target_key, reporter_id, reason, created_at)
				select i.id, null, concat('idea:', cast(i.id as varchar(20))), ?, 'OTHER', i.created_at
				from idea i where i.id between ? and ?""", first, seeded.ideaIds().getFirst(),
				seeded.ideaIds().getLast());
	}

	/**
	 * The seeder publishes; these wait for a moderator instead. Both sizes fill more than
	 * a page, so both pay for counting.
	 */
	private List<Long> waiting(List<Long> ids) {
		jdbc.update("update idea set status = 'SUBMITTED', published_at = null where id between ? and ?",
				ids.getFirst(), ids.getLast());
		return ids;
	}

}
