package nl.wijkstem.moderation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
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
 * goal, themes, group, status and supporters. Written while it is read, for spreadsheet
 * programs: UTF-8 with a byte order mark (so Excel shows é and ë), semicolons (Excel's
 * separator in Dutch), and no cell that a spreadsheet would run as a formula.
 */
@Service
public class IdeaCsvExport {

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String SEPARATOR = ";";

	private static final String LINE_END = "\r\n";

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
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BYTE_ORDER_MARK);
		writer.write(labels.header().stream().map(IdeaCsvExport::cell).collect(Collectors.joining(SEPARATOR)));
		writer.write(LINE_END);
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

	private static void line(Writer writer, List<String> cells) {
		try {
			writer.write(cells.stream().map(IdeaCsvExport::cell).collect(Collectors.joining(SEPARATOR)));
			writer.write(LINE_END);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A quoted cell. Text that a spreadsheet would read as a formula (starting with =, +,
	 * -, @, a tab or a carriage return) gets an apostrophe in front, so it stays text.
	 */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static Map<Long, String> names(List<ProgrammeOverview.Category> categories) {
		return categories.stream()
			.collect(Collectors.toMap(ProgrammeOverview.Category::id, ProgrammeOverview.Category::name));
	}

}
