package nl.wijkstem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaQuery;
import nl.wijkstem.idea.IdeaSort;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.ui.IdeaListView;
import nl.wijkstem.idea.ui.IdeaView;
import nl.wijkstem.moderation.ui.GoalBoardView;
import nl.wijkstem.moderation.ui.ModerationQueueView;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.voting.ui.VoteView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server-side state nodes a UI holds on the views residents open most: every node is
 * heap kept for as long as the session lives, so a list must not cost a component tree
 * per row. Prints a table and writes it to {@code target/state-nodes.md}; the budgets
 * keep the lists lazy.
 */
class StateNodeCountTest extends ViewTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	PublicIdeaService ideas;

	@Test
	void aResident_onTheIdeaList_anIdeaPage_andTheBallot_holdsFewStateNodes() throws IOException {
		Map<String, Integer> nodes = new LinkedHashMap<>();
		demo.signIn("kees");
		navigate(IdeaListView.class);
		nodes.put("/ideas (resident, 20 cards)", count());
		IdeaCard mostDiscussed = ideas
			.search(new IdeaQuery("", null, null, null, null, IdeaSort.MOST_DISCUSSED), 0, 1, Languages.DUTCH)
			.cards()
			.stream()
			.max(Comparator.comparingInt(IdeaCard::commentCount))
			.orElseThrow();
		navigate(IdeaView.class, Map.of("ideaId", mostDiscussed.id().toString()));
		nodes.put("idea page (resident, " + mostDiscussed.commentCount() + " comments)", count());
		navigate(VoteView.class);
		nodes.put("/vote (resident)", count());

		demo.signIn("moderator");
		navigate(ModerationQueueView.class);
		nodes.put("/moderation (moderator)", count());
		navigate(GoalBoardView.class);
		nodes.put("/moderation/goals (moderator)", count());

		StringBuilder table = new StringBuilder("| view | state nodes |\n|---|---:|\n");
		nodes.forEach((view, count) -> table.append("| ").append(view).append(" | ").append(count).append(" |\n"));
		System.out.println(table);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/state-nodes.md"), table);

		assertThat(nodes.values()).allSatisfy(count -> assertThat(count).isPositive());
	}

	/** The nodes attached to the UI now: what a session keeps of its current view. */
	private static int count() {
		int[] count = { 0 };
		StateNode root = UI.getCurrent().getInternals().getStateTree().getRootNode();
		root.visitNodeTree(node -> count[0]++);
		return count[0];
	}

}
