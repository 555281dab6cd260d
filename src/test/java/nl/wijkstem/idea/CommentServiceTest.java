package nl.wijkstem.idea;

import java.time.Duration;
import java.util.List;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class CommentServiceTest {

	@Autowired
	CommentService comments;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void conversation_commentsOldestFirst_repliesOneLevelDeep_countedOnTheIdea() {
		Long idea = seeded("Moestuin voor de buurt");
		int before = commentCount(idea);
		demo.signIn("fatima");
		Long question = comments.comment(idea, null, "Wie gaat de moestuin bijhouden?");
		demo.signIn("kees");
		Long answer = comments.comment(idea, question, "Ik wil wel helpen op zaterdag.");
		Long replyToReply = comments.comment(idea, answer, "Ik ook!");

		List<CommentView> thread = comments.comments(idea);

		CommentView first = thread.stream().filter(comment -> comment.id().equals(question)).findFirst().orElseThrow();
		assertThat(first.authorName()).isEqualTo("Fatima El Amrani");
		assertThat(first.replies()).extracting(CommentView::id).containsExactly(answer, replyToReply);
		assertThat(commentCount(idea)).isEqualTo(before + 3);
	}

	@Test
	void ownComment_isEditableFor15Minutes_andDeletable_othersNot() {
		Long idea = seeded("Waterpunt bij het sportveld");
		demo.signIn("kees");
		Long mine = comments.comment(idea, null, "Goed idee, vooral in de zomer.");
		comments.edit(mine, "Goed idee, vooral in de zomervakantie.");

		demo.signIn("fatima");
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.edit(mine, "Gekaapt"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.delete(mine));

		jdbc.update("update idea_comment set created_at = created_at - interval '16' minute where id = ?", mine);
		demo.signIn("kees");
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.edit(mine, "Te laat"))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("comment.error.notEditable"));
		comments.delete(mine);

		CommentView deleted = comments.comments(idea)
			.stream()
			.filter(comment -> comment.id().equals(mine))
			.findFirst()
			.orElseThrow();
		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.body()).isEmpty();
		assertThat(deleted.edited()).isTrue();
		assertThat(Comment.EDIT_WINDOW).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void emptyOrUnpublished_isRefused() {
		demo.signIn("kees");
		Long idea = seeded("Moestuin voor de buurt");

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.comment(idea, null, "   "));
		Long waiting = seeded("Kapotte stoeptegels bij de seniorenflat");
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.comment(waiting, null, "Eens!"));
		assertThat(comments.comments(waiting)).isEmpty();
	}

	@Test
	void report_countsOncePerResident() {
		Long idea = seeded("Parkeerplaatsen voor bewoners");
		demo.signIn("kees");

		assertThat(comments.report(idea, null, ReportReason.OFFENSIVE)).isTrue();
		assertThat(comments.report(idea, null, ReportReason.SPAM)).isFalse();
		demo.signIn("fatima");
		assertThat(comments.report(idea, null, ReportReason.OTHER)).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from idea_report where idea_id = ?", Integer.class, idea))
			.isEqualTo(2);
	}

	private Long seeded(String title) {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
	}

	private int commentCount(Long idea) {
		return jdbc.queryForObject("select comment_count from idea where id = ?", Integer.class, idea);
	}

}
