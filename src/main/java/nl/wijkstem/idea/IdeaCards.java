package nl.wijkstem.idea;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Ideas as the lists show them, for residents and moderators alike: the card with its
 * excerpt and the goal and theme names in the reader's language.
 */
@Component
class IdeaCards {

	private static final int EXCERPT_LENGTH = 180;

	private final ProgrammeService programme;

	IdeaCards(ProgrammeService programme) {
		this.programme = programme;
	}

	/** The goal and theme names in the reader's language, to put on cards. */
	Names names(Locale locale) {
		ProgrammeOverview overview = programme.overview(locale);
		Map<Long, String> themeCodes = new HashMap<>();
		overview.themes().forEach(theme -> themeCodes.put(theme.id(), theme.code()));
		return new Names(byCategoryId(overview.goals()), byCategoryId(overview.themes()), themeCodes);
	}

	IdeaPage moderatorsPage(Page<Idea> found, Locale locale) {
		Names names = names(locale);
		return new IdeaPage(found.map(idea -> card(idea, names, null)).getContent(), found.getTotalElements());
	}

	static IdeaCard card(Idea idea, Names names, PhotoView firstPhoto) {
		return new IdeaCard(idea.getId(), idea.getTitle(), excerpt(idea.getDescription()), idea.getPlaceKind(),
				names.theme(idea.getThemeId()), names.themeCode(idea.getThemeId()), names.goal(idea.getGoalId()),
				idea.getStatus(), idea.getSupportCount(), idea.getCommentCount(), idea.getPublishedAt(), firstPhoto,
				idea.getVersion(), idea.getLanguage());
	}

	/**
	 * The author's name as the public idea page shows it: the account's name, or the name
	 * a resident gave for an idea collected on paper; empty when the page says "a
	 * resident".
	 */
	static String publicAuthorName(Idea idea, Map<Long, String> displayNames) {
		return idea.getAuthorId() == null ? idea.getCollectedName() : displayNames.getOrDefault(idea.getAuthorId(), "");
	}

	static String excerpt(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
		return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " …";
	}

	private static Map<Long, String> byCategoryId(Collection<ProgrammeOverview.Category> categories) {
		Map<Long, String> names = new HashMap<>();
		categories.forEach(category -> names.put(category.id(), category.shortName()));
		return names;
	}

	record Names(Map<Long, String> goals, Map<Long, String> themes, Map<Long, String> themeCodes) {

		String goal(Long id) {
			return id == null ? "" : goals.getOrDefault(id, "");
		}

		String theme(Long id) {
			return id == null ? "" : themes.getOrDefault(id, "");
		}

		String themeCode(Long id) {
			return id == null ? "" : themeCodes.getOrDefault(id, "");
		}

	}

}
