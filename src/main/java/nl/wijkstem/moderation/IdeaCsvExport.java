package nl.wijkstem.moderation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.CsvWriter;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.ExportedIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public ideas as a CSV file for the programme's reports: one row per idea with its
 * goal, themes, group, status and supporters. Written while it is read, by the
 * {@link CsvWriter} every export uses (no cell a spreadsheet would run as a formula).
 */
@Service
public class IdeaCsvExport {

	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DisplayFormats.DUTCH_TIME);

	private final FiledIdeas filedIdeas;

	private final GroupMemberRepository members;

	private final ProgrammeService programme;

	IdeaCsvExport(FiledIdeas filedIdeas, GroupMemberRepository members, ProgrammeService programme) {
		this.filedIdeas = filedIdeas;
		this.members = members;
		this.programme = programme;
	}

	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public void write(OutputStream out, CsvLabels labels) throws IOException {
		ProgrammeOverview overview = programme.overview(labels.locale());
		Map<Long, String> goals = names(overview.goals());
		Map<Long, String> themes = names(overview.themes());
		Map<Long, String> groupNames = new HashMap<>();
		members.groupNames().forEach(pair -> groupNames.put((Long) pair[0], (String) pair[1]));
		CsvWriter writer = new CsvWriter(out);
		writer.row(labels.header());
		try {
			filedIdeas.forEachPublic(idea -> line(writer, row(idea, labels, goals, themes, groupNames)));
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
		writer.flush();
	}

	private static List<String> row(ExportedIdea idea, CsvLabels labels, Map<Long, String> goals,
			Map<Long, String> themes, Map<Long, String> groupNames) {
		return List.of(String.valueOf(idea.id()), idea.title(),
				labels.statuses().getOrDefault(idea.status(), idea.status().name()),
				idea.goalId() == null ? "" : goals.getOrDefault(idea.goalId(), ""),
				idea.themeIds()
					.stream()
					.map(theme -> themes.getOrDefault(theme, ""))
					.filter(name -> !name.isEmpty())
					.sorted()
					.collect(Collectors.joining(", ")),
				groupNames.getOrDefault(idea.id(), ""), String.valueOf(idea.supportCount()),
				idea.publishedAt() == null ? "" : PUBLISHED.format(idea.publishedAt()));
	}

	private static void line(CsvWriter writer, List<String> cells) {
		try {
			writer.row(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<Long, String> names(List<ProgrammeOverview.Category> categories) {
		return categories.stream()
			.collect(Collectors.toMap(ProgrammeOverview.Category::id, ProgrammeOverview.Category::name));
	}

}
