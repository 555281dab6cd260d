package nl.wijkstem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
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
 * per row. Prints a table (with what the nodes of the current view are spent on) and
 * writes it to {@code target/state-nodes.md}.
 */
class StateNodeCountTest extends ViewTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	PublicIdeaService ideas;

	private final StringBuilder parts = new StringBuilder();

	@Test
	void theIdeaList_costsNoStateNodePerCard() {
		navigate(IdeaListView.class);
		int fullPage = count();
		// the demo's last page holds a few cards, with the same pager
		UI.getCurrent().navigate(IdeaListView.class, QueryParameters.simple(Map.of("page", "2")));
		int lastPage = count();

		assertThat(lastPage).isEqualTo(fullPage);
	}

	@Test
	void aResident_onTheIdeaList_anIdeaPage_andTheBallot_holdsFewStateNodes() throws IOException {
		Map<String, Integer> nodes = new LinkedHashMap<>();
		navigate(IdeaListView.class);
		nodes.put("/ideas (visitor, 20 cards)", measure("/ideas (visitor)"));
		demo.signIn("kees");
		navigate(IdeaListView.class);
		nodes.put("/ideas (resident, 20 cards)", measure("/ideas (resident)"));
		IdeaCard mostDiscussed = ideas
			.search(new IdeaQuery("", null, null, null, null, IdeaSort.MOST_DISCUSSED), 0, 1, Languages.DUTCH)
			.cards()
			.stream()
			.max(Comparator.comparingInt(IdeaCard::commentCount))
			.orElseThrow();
		navigate(IdeaView.class, Map.of("ideaId", mostDiscussed.id().toString()));
		nodes.put("idea page (resident, " + mostDiscussed.commentCount() + " comments)", measure("idea page"));
		navigate(VoteView.class);
		nodes.put("/vote (resident)", measure("/vote"));

		demo.signIn("moderator");
		navigate(ModerationQueueView.class);
		nodes.put("/moderation (moderator)", measure("/moderation"));
		navigate(GoalBoardView.class);
		nodes.put("/moderation/goals (moderator)", measure("/moderation/goals"));

		StringBuilder table = new StringBuilder("| view | state nodes |\n|---|---:|\n");
		nodes.forEach((view, count) -> table.append("| ").append(view).append(" | ").append(count).append(" |\n"));
		table.append("\nWhere the nodes go (component subtrees of 10 nodes or more, four levels deep):\n\n")
			.append(parts);
		System.out.println(table);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/state-nodes.md"), table);

		assertThat(nodes.get("/ideas (resident, 20 cards)")).isLessThan(250);
	}

	private int measure(String view) {
		parts.append("- ").append(view).append(':');
		UI.getCurrent().getChildren().forEach(child -> describe(child, 0));
		parts.append('\n');
		return count();
	}

	private void describe(Component component, int depth) {
		int nodes = nodes(component);
		if (nodes < 10) {
			return;
		}
		String classes = component.getElement().getAttribute("class");
		parts.append(" ")
			.append(component.getClass().getSimpleName())
			.append(classes == null ? "" : "." + classes.split(" ")[0])
			.append(' ')
			.append(nodes)
			.append(depth < 3 ? " [" : "");
		if (depth < 3) {
			component.getChildren().forEach(child -> describe(child, depth + 1));
			parts.append("]");
		}
		parts.append(';');
	}

	private static int nodes(Component component) {
		int[] count = { 0 };
		component.getElement().getNode().visitNodeTree(node -> count[0]++);
		return count[0];
	}

	/** The nodes attached to the UI now: what a session keeps of its current view. */
	private static int count() {
		int[] count = { 0 };
		UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> count[0]++);
		return count[0];
	}

}
