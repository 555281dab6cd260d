package nl.wijkstem.idea.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idea on a voting round's ballot says so on its page, with the way to vote.
 */
@WithUserDetails("kees")
class IdeaOnBallotViewTest extends ViewTest {

	@Autowired
	JdbcTemplate jdbc;

	private Long idea(String title) {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
	}

	@Test
	void ideaOnTheBallot_linksToTheVote() {
		navigate(IdeaView.class, Map.of("ideaId", idea("Taalcafé voor ouders").toString()));

		assertThat(find(Span.class).withClassName("status-badge").single().getText()).isEqualTo("Op de stemlijst");
		Anchor vote = find(Anchor.class).withClassName("idea-vote-link").single();
		assertThat(vote.getText()).isEqualTo("Stem mee");
		assertThat(vote.getHref()).isEqualTo("vote");
	}

	@Test
	void ideaNotOnABallot_hasNoVoteLink() {
		navigate(IdeaView.class, Map.of("ideaId", idea("Bankjes rond de Krabbeplas").toString()));

		assertThat(find(Anchor.class).withClassName("idea-vote-link").exists()).isFalse();
	}

}
