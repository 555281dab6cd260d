package nl.wijkstem.voting.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.voting.BallotEntry;

/**
 * The ideas of a group on a ballot or in the results, each a link to its idea page.
 */
final class GroupIdeas {

	private GroupIdeas() {
	}

	static UnorderedList links(List<BallotEntry.IdeaLink> ideas) {
		UnorderedList list = new UnorderedList();
		list.addClassName("ballot-group__ideas");
		for (BallotEntry.IdeaLink idea : ideas) {
			ListItem item = new ListItem(new Anchor("ideas/" + idea.id(), idea.title()));
			item.addClassName("user-text");
			list.add(item);
		}
		return list;
	}

}
