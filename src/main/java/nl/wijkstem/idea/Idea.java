package nl.wijkstem.idea;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.idea.IdeaLifecycle.Actor;

/**
 * An idea for the neighbourhood. Its state changes only through the methods below, each
 * of which checks that the change is allowed from where the idea stands.
 */
@Entity
@Table(name = "idea")
class Idea extends AbstractEntity {

	private Long authorId;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	/** Empty only on a draft: an idea sent in has one (IdeaRules). */
	private PlaceKind placeKind;

	private Long themeId;

	private Long goalId;

	@ElementCollection
	@CollectionTable(name = "idea_theme", joinColumns = @JoinColumn(name = "idea_id"))
	@Column(name = "theme_id")
	private Set<Long> assignedThemes = new HashSet<>();

	private String locationText;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private IdeaStatus status;

	private boolean reviewed;

	/*
	 * The counts change only through single atomic updates in the database
	 * (IdeaRepository#addSupports, #addComments); no write of the entity may carry a
	 * count it read earlier back over them.
	 */
	@Column(updatable = false)
	private int supportCount;

	@Column(updatable = false)
	private int commentCount;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant publishedAt;

	private boolean hidden;

	private String hiddenReason;

	private Long duplicateOf;

	/**
	 * Where it stood before it was marked as a duplicate, to go back when that is undone.
	 */
	@Enumerated(EnumType.STRING)
	private IdeaStatus statusBeforeDuplicate;

	private String collectedAt;

	private String collectedName;

	private Long collectedBy;

	/** The language the text seems written in, for the moderators' filter. */
	private String language;

	protected Idea() {
	}

	static Idea draft(Long authorId, IdeaDraft content, Instant now) {
		Idea idea = new Idea();
		idea.authorId = authorId;
		idea.status = IdeaStatus.DRAFT;
		idea.createdAt = now;
		idea.write(content, now);
		return idea;
	}

	/**
	 * An idea a moderator typed in for a resident who gave it on paper, by phone or at a
	 * neighbourhood evening; it is public at once, the moderator having read it.
	 * @param collectedAt where and when it was collected, in words
	 * @param collectedName the resident's name if they wanted it shown, else empty
	 */
	static Idea collected(Long moderatorId, IdeaDraft content, String collectedAt, String collectedName, Instant now) {
		Idea idea = new Idea();
		idea.status = IdeaStatus.SUBMITTED;
		idea.createdAt = now;
		idea.submittedAt = now;
		idea.collectedBy = moderatorId;
		idea.collectedAt = IdeaRules.clean(collectedAt);
		idea.collectedName = IdeaRules.clean(collectedName);
		idea.write(content, now);
		return idea;
	}

	boolean isEditableBy(Long accountId) {
		return accountId != null && accountId.equals(authorId) && isEditable();
	}

	private boolean isEditable() {
		return status == IdeaStatus.DRAFT || status == IdeaStatus.SUBMITTED || status == IdeaStatus.CHANGES_REQUESTED;
	}

	/**
	 * Whether sending it in (again) is the next step: a draft, or one returned for
	 * changes.
	 */
	boolean isUnsent() {
		return status == IdeaStatus.DRAFT || status == IdeaStatus.CHANGES_REQUESTED;
	}

	void edit(IdeaDraft content, Instant now) {
		if (!isEditable()) {
			throw new Rejection("idea.error.notEditable");
		}
		write(content, now);
	}

	void submit(Instant now) {
		step(IdeaStatus.SUBMITTED, Actor.AUTHOR, "idea.error.notEditable");
		submittedAt = now;
		updatedAt = now;
	}

	/**
	 * @param reviewed whether a moderator already looked at it (false when published at
	 * once under post-moderation)
	 */
	void publish(boolean reviewed, Instant now) {
		step(IdeaStatus.PUBLISHED, reviewed ? Actor.MODERATOR : Actor.PLATFORM, "idea.error.notPublishable");
		this.reviewed = reviewed;
		publishedAt = now;
		updatedAt = now;
	}

	/**
	 * A moderator rewrites the text for clarity or to remove personal data; the old text
	 * is kept by the caller as a revision.
	 */
	void revise(String newTitle, String newDescription, String newLocation, Instant now) {
		if (status != IdeaStatus.SUBMITTED && !status.isPublic()) {
			throw new Rejection("moderation.error.notRevisable");
		}
		title = IdeaRules.clean(newTitle);
		description = IdeaRules.clean(newDescription);
		locationText = IdeaRules.clean(newLocation);
		language = TextLanguage.guess(title + "\n" + description);
		updatedAt = now;
	}

	/**
	 * Marks it as the same as another idea. Its supports stay where residents gave them.
	 */
	void markDuplicateOf(Long originalId, Instant now) {
		if (originalId.equals(getId())) {
			throw new Rejection("moderation.error.duplicateOfItself");
		}
		IdeaStatus before = status;
		step(IdeaStatus.DUPLICATE, Actor.MODERATOR, "moderation.error.notDuplicable");
		statusBeforeDuplicate = before;
		if (publishedAt == null) {
			publishedAt = now;
		}
		duplicateOf = originalId;
		reviewed = true;
		updatedAt = now;
	}

	/**
	 * It was not a duplicate after all: back to where it stood before, with its supports
	 * untouched.
	 * @param earlier where it stood, for ideas marked before that was stored
	 */
	void undoDuplicate(IdeaStatus earlier, Instant now) {
		if (status != IdeaStatus.DUPLICATE) {
			throw new Rejection("moderation.error.notDuplicate");
		}
		status = statusBeforeDuplicate != null ? statusBeforeDuplicate : earlier;
		if (status == IdeaStatus.SUBMITTED) {
			// marking it had made it public; it waits for a moderator again
			publishedAt = null;
		}
		duplicateOf = null;
		statusBeforeDuplicate = null;
		updatedAt = now;
	}

	IdeaStatus getStatusBeforeDuplicate() {
		return statusBeforeDuplicate;
	}

	/**
	 * A moderator moves a public idea on in the programme
	 * ({@link IdeaLifecycle#progressSteps}).
	 */
	void progress(IdeaStatus next, Instant now) {
		IdeaLifecycle.checkProgress(status, next);
		status = next;
		reviewed = true;
		updatedAt = now;
	}

	/**
	 * A voting round puts the idea on its ballot, takes it off again, or announces that
	 * residents chose it.
	 */
	void moveByVotingRound(IdeaStatus next, Instant now) {
		step(next, Actor.VOTING_ROUND, "ballot.error.notEligible");
		reviewed = true;
		updatedAt = now;
	}

	/**
	 * Takes it out of public view: with a moderator's reason, or without one when reports
	 * reached the threshold and a moderator still has to look.
	 */
	void hide(String reason, Instant now) {
		if (!status.isPublic()) {
			throw new Rejection("moderation.error.notHideable");
		}
		if (IdeaLifecycle.isLockedByBallot(status)) {
			throw new Rejection("moderation.error.onBallot");
		}
		hidden = true;
		hiddenReason = reason;
		updatedAt = now;
	}

	void unhide(Instant now) {
		if (!hidden) {
			throw new Rejection("moderation.error.notHidden");
		}
		hidden = false;
		hiddenReason = null;
		updatedAt = now;
	}

	void markReviewed(Instant now) {
		if (!status.isPublic()) {
			throw new Rejection("moderation.error.notPublic");
		}
		reviewed = true;
		updatedAt = now;
	}

	void requestChanges(Instant now) {
		decide(IdeaStatus.CHANGES_REQUESTED, now);
	}

	void reject(Instant now) {
		decide(IdeaStatus.REJECTED, now);
	}

	private void decide(IdeaStatus decision, Instant now) {
		step(decision, Actor.MODERATOR, "idea.error.notPublishable");
		reviewed = true;
		updatedAt = now;
	}

	/** A moderator files the idea under one programme goal and any local themes. */
	void file(Long goal, Set<Long> themes, Instant now) {
		if (status != IdeaStatus.SUBMITTED && !status.isPublic()) {
			throw new Rejection("idea.error.notPublishable");
		}
		goalId = goal;
		assignedThemes.clear();
		assignedThemes.addAll(themes);
		reviewed = true;
		updatedAt = now;
	}

	Set<Long> getAssignedThemes() {
		return Set.copyOf(assignedThemes);
	}

	void withdraw(Instant now) {
		step(IdeaStatus.WITHDRAWN, Actor.AUTHOR, "idea.error.notWithdrawable");
		updatedAt = now;
	}

	/**
	 * Never public and without an author: only a deleted account leaves that (an idea a
	 * moderator collected is public at once).
	 */
	boolean isOrphaned() {
		return authorId == null && getCollectedAt().isEmpty() && !status.isPublic();
	}

	void forgetAuthor() {
		authorId = null;
	}

	private void step(IdeaStatus next, Actor actor, String refusal) {
		IdeaLifecycle.check(status, next, actor, refusal);
		status = next;
	}

	private void write(IdeaDraft content, Instant now) {
		title = IdeaRules.clean(content.title());
		description = IdeaRules.clean(content.description());
		placeKind = content.placeKind();
		themeId = content.themeId();
		locationText = IdeaRules.clean(content.locationText());
		latitude = content.hasPin() ? content.latitude() : null;
		longitude = content.hasPin() ? content.longitude() : null;
		language = TextLanguage.guess(title + "\n" + description);
		updatedAt = now;
	}

	IdeaDraft content() {
		return new IdeaDraft(title, description, placeKind, themeId, locationText, latitude, longitude);
	}

	boolean isHidden() {
		return hidden;
	}

	String getHiddenReason() {
		return hiddenReason == null ? "" : hiddenReason;
	}

	Long getDuplicateOf() {
		return duplicateOf;
	}

	String getCollectedAt() {
		return collectedAt == null ? "" : collectedAt;
	}

	String getCollectedName() {
		return collectedName == null ? "" : collectedName;
	}

	/** Whether everyone may see it now. */
	boolean isVisibleToAll() {
		return status.isPublic() && !hidden;
	}

	/** An ISO 639-1 code, or {@link TextLanguage#UNKNOWN}. */
	String getLanguage() {
		return language == null ? TextLanguage.UNKNOWN : language;
	}

	Long getAuthorId() {
		return authorId;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	PlaceKind getPlaceKind() {
		return placeKind;
	}

	Long getThemeId() {
		return themeId;
	}

	Long getGoalId() {
		return goalId;
	}

	String getLocationText() {
		return locationText;
	}

	Double getLatitude() {
		return latitude;
	}

	Double getLongitude() {
		return longitude;
	}

	IdeaStatus getStatus() {
		return status;
	}

	int getSupportCount() {
		return supportCount;
	}

	int getCommentCount() {
		return commentCount;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

}
