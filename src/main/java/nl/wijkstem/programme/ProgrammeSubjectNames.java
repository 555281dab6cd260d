package nl.wijkstem.programme;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;

import org.springframework.stereotype.Component;

/**
 * Programme goals and themes by their names in the reader's language (they are public).
 */
@Component
class ProgrammeSubjectNames implements SubjectNames {

	static final String GOAL = "goal";

	static final String THEME = "theme";

	private final ProgrammeService programme;

	ProgrammeSubjectNames(ProgrammeService programme) {
		this.programme = programme;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(GOAL, THEME);
	}

	@Override
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		ProgrammeOverview overview = programme.overview(locale);
		List<ProgrammeOverview.Category> categories = GOAL.equals(subjectType) ? overview.goals() : overview.themes();
		return categories.stream()
			.filter(category -> ids.contains(category.id()))
			.collect(Collectors.toMap(ProgrammeOverview.Category::id,
					category -> new SubjectName(subjectType, category.id(), category.name())));
	}

}
