package nl.wijkstem.moderation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.CsvWriter;
import nl.wijkstem.base.SiteAddress;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.ExportedIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas everyone can see as a CSV file for the programme's reports: one row per idea
 * with its address on the site, text, status (a duplicate with a link to its original),
 * place, goal, themes, group, supporters, comments and its moments. Written while it is
 * read, a part of the ideas at a time, by the {@link CsvWriter} every export uses (no
 * cell a spreadsheet would run as a formula).
 */
@Service
public class IdeaCsvExport {

	/** The columns, each titled by {@code board.export.column.<column>}. */
	static final List<String> COLUMNS = List.of("id", "link", "title", "description", "status", "duplicateOf",
			"duplicateOfLink", "place", "placeText", "latitude", "longitude", "goal", "themes", "group", "supporters",
			"comments", "submitted", "published", "updated");

	private final FiledIdeas filedIdeas;

	private final GroupMemberRepository members;

	private final ProgrammeService programme;

	private final SiteAddress site;

	IdeaCsvExport(FiledIdeas filedIdeas, GroupMemberRepository members, ProgrammeService programme, SiteAddress site) {
		this.filedIdeas = filedIdeas;
		this.members = members;
		this.programme = programme;
		this.site = site;
	}

	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public void write(OutputStream out, CsvLabels labels) throws IOException {
		ProgrammeOverview overview = programme.overview(labels.locale());
		Map<Long, String> goals = names(overview.goals());
		Map<Long, String> themes = names(overview.themes());
		CsvWriter writer = new CsvWriter(out);
		writer.row(COLUMNS.stream().map(column -> labels.word("board.export.column." + column)).toList());
		try {
			filedIdeas.forEachPublic(part -> {
				Map<Long, String> groupNames = groupNames(part);
				for (ExportedIdea idea : part) {
					row(writer, List.of(String.valueOf(idea.id()), ideaLink(idea.id()), idea.title(),
							idea.description(), labels.word("idea.status." + idea.status()),
							idea.duplicateOf() == null ? "" : String.valueOf(idea.duplicateOf()),
							idea.duplicateOf() == null ? "" : ideaLink(idea.duplicateOf()),
							labels.word("idea.place." + idea.placeKind()), idea.locationText(),
							degrees(idea.latitude(), labels.locale()), degrees(idea.longitude(), labels.locale()),
							idea.goalId() == null ? "" : goals.getOrDefault(idea.goalId(), ""),
							themeNames(idea, themes), groupNames.getOrDefault(idea.id(), ""),
							String.valueOf(idea.supportCount()), String.valueOf(idea.commentCount()),
							CsvWriter.time(idea.submittedAt()), CsvWriter.time(idea.publishedAt()),
							CsvWriter.time(idea.updatedAt())));
				}
			});
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
		writer.flush();
	}

	private String ideaLink(Long ideaId) {
		return site.link("ideas/" + ideaId);
	}

	/** The groups of this part's ideas only, so memory does not grow with the export. */
	private Map<Long, String> groupNames(List<ExportedIdea> part) {
		Map<Long, String> names = new HashMap<>();
		members.groupNames(part.stream().map(ExportedIdea::id).toList())
			.forEach(pair -> names.put((Long) pair[0], (String) pair[1]));
		return names;
	}

	private static String themeNames(ExportedIdea idea, Map<Long, String> themes) {
		return idea.themeIds()
			.stream()
			.map(theme -> themes.getOrDefault(theme, ""))
			.filter(name -> !name.isEmpty())
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/**
	 * Degrees (WGS84) with six decimals (about 10 cm), with the decimal sign of the
	 * reader's language, so their spreadsheet reads it as a number.
	 */
	private static String degrees(Double value, Locale locale) {
		return value == null ? "" : String.format(locale, "%.6f", value);
	}

	private static void row(CsvWriter writer, List<String> cells) {
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
