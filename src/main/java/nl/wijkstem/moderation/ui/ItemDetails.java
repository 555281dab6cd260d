package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.idea.PhotoView;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.idea.ui.PhotoGallery;
import nl.wijkstem.programme.MapSettings;
import nl.wijkstem.programme.ui.AreaMap;

/**
 * The idea as the moderator judges it: its words, photos, place (on the map and in
 * words), who sent it, similar published ideas and its earlier texts. All of it is read
 * only; the decisions are beside it.
 */
class ItemDetails extends Composite<Section> {

	private final Map<Long, String> goalNames;

	/**
	 * @param goalNames the programme goals by id, to say where each similar idea was
	 * filed
	 */
	ItemDetails(IdeaDetails details, ModerationFacts facts, List<PhotoView> pictures, List<SimilarIdea> similar,
			Map<Long, String> goalNames, MapSettings map) {
		this.goalNames = goalNames;
		Section content = getContent();
		content.addClassName("moderation-item__idea");
		content.getElement().setAttribute("aria-label", getTranslation("moderation.item.idea"));
		if (details.hidden()) {
			Paragraph hidden = new Paragraph(
					details.hiddenReason().isEmpty() ? getTranslation("moderation.hidden.pending")
							: getTranslation("moderation.hidden.reason", details.hiddenReason()));
			hidden.addClassName("notice");
			content.add(hidden);
		}
		details.description().lines().forEach(line -> {
			Paragraph paragraph = new Paragraph(line);
			paragraph.addClassName("user-text");
			content.add(paragraph);
		});
		if (!pictures.isEmpty()) {
			content.add(new PhotoGallery(pictures));
		}
		content.add(facts(details, facts));
		if (details.latitude() != null && details.longitude() != null) {
			AreaMap areaMap = new AreaMap(map, false, getTranslation("idea.page.map"));
			areaMap.showPin(details.latitude(), details.longitude(), details.title());
			content.add(areaMap);
		}
		content.add(similar(similar));
		if (!facts.revisions().isEmpty()) {
			content.add(revisions(facts));
		}
	}

	private DescriptionList facts(IdeaDetails details, ModerationFacts facts) {
		DescriptionList list = new DescriptionList();
		list.addClassName("data-list");
		fact(list, "idea.page.place", getTranslation("idea.place." + details.placeKind()));
		fact(list, "idea.page.theme", details.themeName());
		fact(list, "idea.page.location", details.locationText());
		fact(list, "idea.page.author",
				details.authorName().isBlank() ? getTranslation("idea.page.unknownAuthor") : details.authorName());
		fact(list, "moderation.facts.otherIdeas", String.valueOf(facts.authorOtherIdeas()));
		fact(list, "moderation.facts.collected", details.collectedAt());
		fact(list, "idea.page.support.title", String.valueOf(details.supportCount()));
		return list;
	}

	private void fact(DescriptionList list, String termKey, String value) {
		if (value != null && !value.isBlank()) {
			list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
		}
	}

	private Section similar(List<SimilarIdea> similar) {
		UnorderedList list = new UnorderedList();
		list.addClassName("similar-ideas__list");
		similar.forEach(other -> {
			ListItem item = new ListItem(new RouterLink(other.title(), ModerationItemView.class,
					new RouteParameters(ModerationItemView.ID_PARAMETER, other.id().toString())));
			if (!other.sharedWords().isEmpty()) {
				Span shared = new Span(" · "
						+ getTranslation("moderation.similar.sharedWords", String.join(", ", other.sharedWords())));
				shared.addClassName("similar-ideas__reason");
				item.add(shared);
			}
			String goal = other.goalId() == null ? "" : goalNames.getOrDefault(other.goalId(), "");
			Span filed = new Span(" · " + (goal.isEmpty() ? getTranslation("moderation.similar.unfiled")
					: getTranslation("moderation.similar.goal", goal)));
			filed.addClassName("similar-ideas__goal");
			item.add(filed);
			list.add(item);
		});
		Section section = new Section(new H2(getTranslation("moderation.similar")));
		section.add(similar.isEmpty() ? new Paragraph(getTranslation("moderation.similar.none")) : list);
		return section;
	}

	private Section revisions(ModerationFacts facts) {
		UnorderedList list = new UnorderedList();
		facts.revisions().forEach(revision -> {
			ListItem item = new ListItem(new Paragraph(getTranslation("moderation.revisions.item",
					DisplayFormats.dateTime(revision.at(), getLocale()), revision.editorName(), revision.reason())));
			Paragraph kind = new Paragraph(getTranslation("moderation.revisions.kind." + revision.kind()));
			kind.addClassName("revision-kind-label");
			item.add(kind);
			String kept = Stream.of(revision.titleBefore(), revision.descriptionBefore())
				.filter(text -> !text.isEmpty())
				.collect(Collectors.joining(" — "));
			if (!kept.isEmpty()) {
				Paragraph before = new Paragraph(kept);
				before.addClassName("user-text");
				item.add(before);
			}
			if (!revision.removed().isEmpty()) {
				String fields = revision.removed()
					.stream()
					.map(field -> getTranslation("moderation.revisions.field." + field))
					.collect(Collectors.joining(", "));
				Paragraph removed = new Paragraph(getTranslation("moderation.revisions.removed", fields,
						DisplayFormats.dateTime(revision.removedAt(), getLocale()), revision.removedBy()));
				removed.addClassName("revision-removed");
				item.add(removed);
			}
			list.add(item);
		});
		return new Section(new H2(getTranslation("moderation.revisions")), list);
	}

}
