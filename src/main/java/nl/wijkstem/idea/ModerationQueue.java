package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' queue: one list at a time, searched, filtered and ordered in the
 * database, a page at a time. A page costs the same few statements however many ideas
 * wait: its ids and the total, then the page's ideas, comments, open reports, originals
 * and names by id.
 */
@Service
@Transactional(readOnly = true)
public class ModerationQueue {

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final QueueQueries queries;

	private final AccountService accounts;

	private final ProgrammeService programme;

	private final Clock clock;

	ModerationQueue(IdeaRepository ideas, CommentRepository comments, ReportRepository reports, QueueQueries queries,
			AccountService accounts, ProgrammeService programme, Clock clock) {
		this.ideas = ideas;
		this.comments = comments;
		this.reports = reports;
		this.queries = queries;
		this.accounts = accounts;
		this.programme = programme;
		this.clock = clock;
	}

	/** One page of the list the query names, with the query's filters and order. */
	@RolesAllowed(Roles.MODERATOR)
	public QueuePage page(QueueQuery query, int page, int pageSize, Locale locale) {
		Instant now = clock.instant();
		int offset = page * pageSize;
		if (query.list() == QueueList.REPORTED) {
			long total = queries.countReported(query, now);
			List<ReportedTarget> targets = total == 0 ? List.of()
					: queries.reportedTargets(query, now, offset, pageSize);
			return new QueuePage(reportedCards(targets, locale), total);
		}
		long total = queries.countIdeas(query, now);
		List<Long> ids = total == 0 ? List.of() : queries.ideaIds(query, now, offset, pageSize);
		Map<Long, Idea> found = byId(ideas.findAllById(ids), Idea::getId);
		List<Idea> pageIdeas = ids.stream().map(found::get).filter(Objects::nonNull).toList();
		Map<String, List<Report>> open = openReports(pageIdeas.stream().map(idea -> "idea:" + idea.getId()).toList());
		Cards cards = new Cards(pageIdeas, List.of(), locale);
		return new QueuePage(pageIdeas.stream().map(idea -> {
			List<Report> reported = open.getOrDefault("idea:" + idea.getId(), List.of());
			Instant since = query.list() == QueueList.SUBMITTED ? idea.getSubmittedAt() : idea.getPublishedAt();
			return cards.of(idea, null, since, reported);
		}).toList(), total);
	}

	/**
	 * The language codes ideas can have, in the order to offer them; the last is
	 * "unclear".
	 */
	@RolesAllowed(Roles.MODERATOR)
	public List<String> languages() {
		return Stream.concat(TextLanguage.KNOWN.stream(), Stream.of(TextLanguage.UNKNOWN)).toList();
	}

	private List<QueueCard> reportedCards(List<ReportedTarget> targets, Locale locale) {
		if (targets.isEmpty()) {
			return List.of();
		}
		List<Idea> reportedIdeas = ideas
			.findAllById(targets.stream().map(ReportedTarget::ideaId).collect(Collectors.toSet()));
		Set<Long> commentIds = targets.stream()
			.map(ReportedTarget::commentId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		List<Comment> reportedComments = commentIds.isEmpty() ? List.of() : comments.findByIdIn(commentIds);
		Map<Long, Idea> ideaById = byId(reportedIdeas, Idea::getId);
		Map<Long, Comment> commentById = byId(reportedComments, Comment::getId);
		Map<String, List<Report>> open = openReports(targets.stream().map(ReportedTarget::targetKey).toList());
		Cards cards = new Cards(reportedIdeas, reportedComments, locale);
		List<QueueCard> result = new ArrayList<>();
		for (ReportedTarget target : targets) {
			Idea idea = ideaById.get(target.ideaId());
			if (idea != null) {
				result.add(cards.of(idea, target.commentId() == null ? null : commentById.get(target.commentId()),
						target.firstReportedAt(), open.getOrDefault(target.targetKey(), List.of())));
			}
		}
		return result;
	}

	private Map<String, List<Report>> openReports(List<String> targetKeys) {
		if (targetKeys.isEmpty()) {
			return Map.of();
		}
		return reports.findByTargetKeyInAndResolutionIsNull(targetKeys)
			.stream()
			.collect(Collectors.groupingBy(Report::getTargetKey));
	}

	private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

	/**
	 * What the page's cards need beside their own rows, loaded once for the page:
	 * programme names, public names of authors, and the originals of duplicates.
	 */
	private final class Cards {

		private final Map<Long, String> goals = new HashMap<>();

		private final Map<Long, String> themes = new HashMap<>();

		private final Map<Long, String> names;

		private final Map<Long, IdeaLink> originals;

		Cards(List<Idea> pageIdeas, List<Comment> pageComments, Locale locale) {
			ProgrammeOverview overview = programme.overview(locale);
			overview.goals().forEach(goal -> goals.put(goal.id(), goal.name()));
			overview.themes().forEach(theme -> themes.put(theme.id(), theme.name()));
			Set<Long> authors = new HashSet<>();
			pageIdeas.stream().map(Idea::getAuthorId).filter(Objects::nonNull).forEach(authors::add);
			pageComments.stream().map(Comment::getAuthorId).filter(Objects::nonNull).forEach(authors::add);
			names = accounts.displayNames(authors);
			Set<Long> originalIds = pageIdeas.stream()
				.map(Idea::getDuplicateOf)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			originals = originalIds.isEmpty() ? Map.of() : ideas.findAllById(originalIds)
				.stream()
				.collect(
						Collectors.toMap(Idea::getId, original -> new IdeaLink(original.getId(), original.getTitle())));
		}

		QueueCard of(Idea idea, Comment comment, Instant waitingSince, List<Report> open) {
			Map<ReportReason, Long> reasons = new EnumMap<>(ReportReason.class);
			open.forEach(report -> reasons.merge(report.getReason(), 1L, Long::sum));
			String author = comment == null ? IdeaCards.publicAuthorName(idea, names)
					: comment.getAuthorId() == null ? "" : names.getOrDefault(comment.getAuthorId(), "");
			return new QueueCard(idea.getId(), comment == null ? null : comment.getId(), idea.getTitle(),
					IdeaCards.excerpt(idea.getDescription()),
					comment == null ? "" : IdeaCards.excerpt(comment.getBody()), author, idea.getStatus(),
					idea.getPlaceKind(), Objects.requireNonNullElse(idea.getLocationText(), ""),
					idea.getThemeId() == null ? "" : themes.getOrDefault(idea.getThemeId(), ""),
					idea.getGoalId() == null ? "" : goals.getOrDefault(idea.getGoalId(), ""), idea.getLanguage(),
					comment == null ? idea.getSubmittedAt() : comment.getCreatedAt(), waitingSince, open.size(),
					Map.copyOf(reasons), comment == null ? idea.isHidden() : comment.isHidden(),
					idea.getDuplicateOf() == null ? null : originals.get(idea.getDuplicateOf()), idea.getVersion());
		}

	}

}
