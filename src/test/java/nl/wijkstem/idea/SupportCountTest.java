package nl.wijkstem.idea;

import java.util.List;
import java.util.Locale;

import nl.wijkstem.moderation.GoalOverview;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.moderation.IdeaGroupView;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support-count checks on H2 with the demo data, whose ideas the demo moves on after
 * counting their supports.
 */
@ApplicationTest
class SupportCountTest extends SupportCountChecks {

	@Autowired
	GroupOverviews overviews;

	@Test
	void demoIdeasMovedOn_keepTheirSupports_andTheProgrammeGroupsAgreeWithThem() {
		assertThat(jdbc.queryForObject("""
				select support_count from idea where title = 'Speeltuin Reigerlaan opknappen'""", Integer.class))
			.isPositive();
		// the demo's group; groups other tests make may have no supported ideas at all
		List<IdeaGroupView> groups = overviews.programme(5, Locale.ENGLISH)
			.stream()
			.flatMap(goal -> goal.groups().stream())
			.filter(group -> group.name().equals("Veilig over straat in de avond"))
			.toList();
		assertThat(groups).hasSize(1).allSatisfy(group -> {
			int most = group.ideas().stream().mapToInt(FiledIdea::supportCount).max().orElse(0);
			int all = group.ideas().stream().mapToInt(FiledIdea::supportCount).sum();
			assertThat(group.supporterCount()).isBetween((long) most, (long) all);
		});
		// the demo groups have supporters; groups other tests made may have none
		assertThat(groups).anySatisfy(group -> assertThat(group.supporterCount()).isPositive());
	}

}
