package nl.wijkstem.moderation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The keyboard shortcuts the item page offers for this item, written out on the page
 * (folded away until asked for).
 */
class ShortcutHelp extends Composite<Details> {

	ShortcutHelp(boolean submitted, boolean suggestion) {
		List<ModerationShortcut> offered = new ArrayList<>();
		if (submitted) {
			offered.addAll(
					List.of(ModerationShortcut.PUBLISH, ModerationShortcut.REQUEST_CHANGES, ModerationShortcut.REJECT));
		}
		if (suggestion) {
			offered.add(ModerationShortcut.USE_SUGGESTION);
		}
		offered.add(ModerationShortcut.SAVE_AND_NEXT);
		DescriptionList list = new DescriptionList();
		list.addClassName("shortcut-list");
		offered.forEach(shortcut -> list.add(new DescriptionList.Term(shortcut.label()),
				new DescriptionList.Description(getTranslation("moderation.shortcut." + shortcut))));
		Details details = getContent();
		details.setSummaryText(getTranslation("moderation.shortcuts"));
		details.add(new Paragraph(getTranslation("moderation.shortcuts.intro")), list);
		details.addClassName("shortcut-help");
	}

}
