package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/**
 * A person's ideas (with their photos' descriptions), comments, supports and reports, for
 * their download of "my data".
 */
@Component
class IdeasPersonalData implements PersonalDataSource {

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final SupportRepository supports;

	private final ReportRepository reports;

	private final PhotoRepository photos;

	IdeasPersonalData(IdeaRepository ideas, CommentRepository comments, SupportRepository supports,
			ReportRepository reports, PhotoRepository photos) {
		this.ideas = ideas;
		this.comments = comments;
		this.supports = supports;
		this.reports = reports;
		this.photos = photos;
	}

	@Override
	public String section() {
		return "ideas";
	}

	@Override
	public Object dataOf(Long accountId) {
		List<Idea> mine = ideas.findByAuthorIdOrderByCreatedAtAscIdAsc(accountId);
		Map<Long, List<String>> photoTexts = mine.isEmpty() ? Map.of()
				: photos.findByIdeaIdInOrderByPositionAsc(mine.stream().map(Idea::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(Photo::getIdeaId,
							Collectors.mapping(Photo::getAltText, Collectors.toList())));
		List<Comment> written = comments.findByAuthorIdOrderByCreatedAtAscIdAsc(accountId);
		List<Support> supported = supports.findByAccountIdOrderByCreatedAtAscIdAsc(accountId);
		List<Report> reported = reports.findByReporterIdOrderByCreatedAtAscIdAsc(accountId);
		Set<Long> otherIdeas = new HashSet<>();
		supported.forEach(support -> otherIdeas.add(support.getIdeaId()));
		reported.forEach(report -> otherIdeas.add(report.getIdeaId()));
		Map<Long, String> titles = titles(otherIdeas);
		return new IdeaData(
				mine.stream()
					.map(idea -> new IdeaRecord(idea.getId(), idea.getTitle(), idea.getDescription(),
							idea.getPlaceKind() == null ? null : idea.getPlaceKind().name(), idea.getLocationText(),
							idea.getLatitude(), idea.getLongitude(), idea.getStatus().name(), idea.isHidden(),
							idea.getHiddenReason(), idea.getCreatedAt(), idea.getSubmittedAt(), idea.getPublishedAt(),
							photoTexts.getOrDefault(idea.getId(), List.of())))
					.toList(),
				written.stream()
					.map(comment -> new CommentRecord(comment.getIdeaId(), comment.isDeleted() ? "" : comment.getBody(),
							comment.isDeleted(), comment.getCreatedAt(), comment.getEditedAt()))
					.toList(),
				supported.stream()
					.map(support -> new SupportRecord(support.getIdeaId(), titles.get(support.getIdeaId()),
							support.getCreatedAt()))
					.toList(),
				reported.stream()
					.map(report -> new ReportRecord(report.getIdeaId(), titles.get(report.getIdeaId()),
							report.getCommentId(), report.getReason().name(), report.getCreatedAt()))
					.toList());
	}

	private Map<Long, String> titles(Collection<Long> ideaIds) {
		return ideaIds.isEmpty() ? Map.of()
				: ideas.findAllById(ideaIds).stream().collect(Collectors.toMap(Idea::getId, Idea::getTitle));
	}

	record IdeaData(List<IdeaRecord> ideas, List<CommentRecord> comments, List<SupportRecord> supports,
			List<ReportRecord> reports) {
	}

	/** An idea the person wrote; {@code photos} holds the descriptions they gave. */
	record IdeaRecord(Long id, String title, String description, String place, String location, Double latitude,
			Double longitude, String status, boolean hidden, String hiddenReason, Instant createdAt,
			Instant submittedAt, Instant publishedAt, List<String> photos) {
	}

	record CommentRecord(Long ideaId, String text, boolean deleted, Instant writtenAt, Instant editedAt) {
	}

	record SupportRecord(Long ideaId, String ideaTitle, Instant supportedAt) {
	}

	record ReportRecord(Long ideaId, String ideaTitle, Long commentId, String reason, Instant reportedAt) {
	}

}
