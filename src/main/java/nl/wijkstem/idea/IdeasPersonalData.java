package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.PersonalDataSource;
import nl.wijkstem.base.Translator;

import org.springframework.stereotype.Component;

/**
 * A person's ideas (with their photos' descriptions, and every step of their history with
 * what the programme bureau wrote to them), comments, supports and reports, for their
 * download of "my data" and the overview on that page.
 */
@Component
class IdeasPersonalData implements PersonalDataSource {

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final SupportRepository supports;

	private final ReportRepository reports;

	private final PhotoRepository photos;

	private final IdeaStatusChangeRepository history;

	IdeasPersonalData(IdeaRepository ideas, CommentRepository comments, SupportRepository supports,
			ReportRepository reports, PhotoRepository photos, IdeaStatusChangeRepository history) {
		this.ideas = ideas;
		this.comments = comments;
		this.supports = supports;
		this.reports = reports;
		this.photos = photos;
		this.history = history;
	}

	@Override
	public String section() {
		return "ideas";
	}

	@Override
	public List<PersonalDataCount> counts(Long accountId) {
		return List.of(new PersonalDataCount("myData.kept.ideas", ideas.countByAuthorId(accountId), "my/ideas"),
				new PersonalDataCount("myData.kept.comments", comments.countByAuthorId(accountId), null),
				new PersonalDataCount("myData.kept.supports", supports.countByAccountId(accountId), null),
				new PersonalDataCount("myData.kept.reports", reports.countByReporterId(accountId), null));
	}

	@Override
	public Object dataOf(Long accountId, Translator words) {
		List<Idea> mine = ideas.findByAuthorIdOrderByCreatedAtAscIdAsc(accountId);
		List<Long> mineIds = mine.stream().map(Idea::getId).toList();
		Map<Long, List<String>> photoTexts = mine.isEmpty() ? Map.of()
				: photos.findByIdeaIdInOrderByPositionAsc(mineIds)
					.stream()
					.collect(Collectors.groupingBy(Photo::getIdeaId,
							Collectors.mapping(Photo::getAltText, Collectors.toList())));
		Map<Long, List<StepRecord>> steps = mine.isEmpty() ? Map.of()
				: history.findByIdeaIdInOrderByChangedAtAscIdAsc(mineIds)
					.stream()
					.collect(Collectors.groupingBy(IdeaStatusChange::getIdeaId,
							Collectors.mapping(step -> StepRecord.of(step, words), Collectors.toList())));
		List<Comment> written = comments.findByAuthorIdOrderByCreatedAtAscIdAsc(accountId);
		List<Support> supported = supports.findByAccountIdOrderByCreatedAtAscIdAsc(accountId);
		List<Report> reported = reports.findByReporterIdOrderByCreatedAtAscIdAsc(accountId);
		Set<Long> otherIdeas = new HashSet<>();
		written.forEach(comment -> otherIdeas.add(comment.getIdeaId()));
		supported.forEach(support -> otherIdeas.add(support.getIdeaId()));
		reported.forEach(report -> otherIdeas.add(report.getIdeaId()));
		Map<Long, String> titles = titles(otherIdeas);
		return new IdeaData(mine.stream()
			.map(idea -> new IdeaRecord(idea.getId(), idea.getTitle(), idea.getDescription(),
					idea.getPlaceKind() == null ? null : words.text("idea.place." + idea.getPlaceKind().name()),
					idea.getLocationText(), idea.getLatitude(), idea.getLongitude(),
					words.text("idea.status." + idea.getStatus().name()), idea.isHidden(), idea.getHiddenReason(),
					idea.getCreatedAt(), idea.getSubmittedAt(), idea.getPublishedAt(),
					photoTexts.getOrDefault(idea.getId(), List.of()), steps.getOrDefault(idea.getId(), List.of())))
			.toList(),
				written.stream()
					.map(comment -> new CommentRecord(comment.getIdeaId(), titles.get(comment.getIdeaId()),
							comment.isDeleted() ? "" : comment.getBody(), comment.isDeleted(), comment.getCreatedAt(),
							comment.getEditedAt()))
					.toList(),
				supported.stream()
					.map(support -> new SupportRecord(support.getIdeaId(), titles.get(support.getIdeaId()),
							support.getCreatedAt()))
					.toList(),
				reported.stream()
					.map(report -> new ReportRecord(report.getIdeaId(), titles.get(report.getIdeaId()),
							report.getCommentId(), words.text("report.reason." + report.getReason().name()),
							report.getCreatedAt()))
					.toList());
	}

	private Map<Long, String> titles(Collection<Long> ideaIds) {
		return ideaIds.isEmpty() ? Map.of()
				: ideas.findAllById(ideaIds).stream().collect(Collectors.toMap(Idea::getId, Idea::getTitle));
	}

	record IdeaData(List<IdeaRecord> ideas, List<CommentRecord> comments, List<SupportRecord> supports,
			List<ReportRecord> reports) {
	}

	/**
	 * An idea the person wrote; {@code photos} holds the descriptions they gave,
	 * {@code history} every step with the programme bureau's words to them.
	 */
	record IdeaRecord(Long id, String title, String description, String place, String location, Double latitude,
			Double longitude, String status, boolean hidden, String hiddenReason, Instant createdAt,
			Instant submittedAt, Instant publishedAt, List<String> photos, List<StepRecord> history) {
	}

	/**
	 * One step in the history of the person's own idea: its status then, what kind of
	 * step it was, and the message of the programme bureau (all of it: the author may
	 * read what was written to them).
	 */
	record StepRecord(Instant at, String status, String kind, String messageFromTheBureau) {

		static StepRecord of(IdeaStatusChange step, Translator words) {
			return new StepRecord(step.getChangedAt(), words.text("idea.status." + step.getStatus().name()),
					words.text("myData.export.step." + step.getKind().name()), step.getNote());
		}

	}

	record CommentRecord(Long ideaId, String ideaTitle, String text, boolean deleted, Instant writtenAt,
			Instant editedAt) {
	}

	record SupportRecord(Long ideaId, String ideaTitle, Instant supportedAt) {
	}

	record ReportRecord(Long ideaId, String ideaTitle, Long commentId, String reason, Instant reportedAt) {
	}

}
