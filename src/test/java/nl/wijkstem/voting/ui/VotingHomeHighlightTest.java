package nl.wijkstem.voting.ui;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page points everyone to the voting round that matters now.
 */
class VotingHomeHighlightTest extends ViewTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private Section highlight() {
		return find(Section.class).withClassName("home-highlight").single();
	}

	@Test
	void openRound_isOnTheHomePage_withTheWayToVote_evenSignedOut() {
		Long demoRound = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");

		navigate(HomeView.class);

		assertThat(find(H2.class).from(highlight()).single().getText())
			.isEqualTo("Stem mee: Buurtbudget Westwijk 2027");
		RouterLink link = find(RouterLink.class).from(highlight()).single();
		assertThat(link.getText()).isEqualTo("Naar de stemming");
		assertThat(link.getHref()).isEqualTo("vote/" + demoRound);
	}

	@Test
	void longAfterTheResults_nothingIsHighlighted() {
		clock.moveBy(Duration.ofDays(400));

		navigate(HomeView.class);
		// the home page may have been built before the clock moved
		UI.getCurrent().refreshCurrentRoute(true);

		assertThat(find(Section.class).withClassName("home-highlight").exists()).isFalse();
	}

}
