package nl.wijkstem.idea;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resident tells the moderators that an idea or comment breaks the rules. One report
 * per resident per item; what happens next is for a person to decide.
 */
@Entity
@Table(name = "idea_report")
class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	private Long commentId;

	private String targetKey;

	private Long reporterId;

	@Enumerated(EnumType.STRING)
	private ReportReason reason;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private ReportResolution resolution;

	private Instant resolvedAt;

	protected Report() {
	}

	Report(Long ideaId, Long commentId, Long reporterId, ReportReason reason, Instant now) {
		this.ideaId = ideaId;
		this.commentId = commentId;
		this.targetKey = commentId == null ? "idea:" + ideaId : "comment:" + commentId;
		this.reporterId = reporterId;
		this.reason = reason;
		this.createdAt = now;
	}

	void resolve(ReportResolution outcome, Instant now) {
		resolution = outcome;
		resolvedAt = now;
	}

	Long getIdeaId() {
		return ideaId;
	}

	Long getReporterId() {
		return reporterId;
	}

	Long getCommentId() {
		return commentId;
	}

	String getTargetKey() {
		return targetKey;
	}

	ReportReason getReason() {
		return reason;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
