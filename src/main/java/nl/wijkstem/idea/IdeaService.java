package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What residents do with their own ideas: drafting, submitting, withdrawing, following
 * them in "my ideas", and supporting the ideas of others. Ownership is checked here,
 * never only in the views.
 */
@Service
@Transactional(readOnly = true)
public class IdeaService {

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final IdeaStatusChangeRepository history;

	private final IdeaSettingsRepository settings;

	private final PhotoRepository photos;

	private final PhotoStorage storage;

	private final ProgrammeService programme;

	private final IdeaAccess access;

	private final ActionLimits limits;

	private final IdeaProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IdeaService(IdeaRepository ideas, SupportRepository supports, IdeaStatusChangeRepository history,
			IdeaSettingsRepository settings, PhotoRepository photos, PhotoStorage storage, ProgrammeService programme,
			IdeaAccess access, ActionLimits limits, IdeaProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		this.ideas = ideas;
		this.supports = supports;
		this.history = history;
		this.settings = settings;
		this.photos = photos;
		this.storage = storage;
		this.programme = programme;
		this.access = access;
		this.limits = limits;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Saves what the resident typed so far. A draft may be incomplete; an idea already
	 * sent in must still meet the rules.
	 * @return the idea's id, new for a first save
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public Long save(Long ideaId, IdeaDraft draft) {
		Long me = me();
		if (ideaId == null) {
			rejectIfAny(IdeaRules.draftProblems(draft));
			// drafts are never checked by anyone, so their number (and their photos) is
			// capped
			if (ideas.countByAuthorIdAndStatus(me, IdeaStatus.DRAFT) >= properties.openDraftsPerResident()) {
				throw new Rejection("idea.error.tooManyDrafts", properties.openDraftsPerResident());
			}
			return ideas.save(Idea.draft(me, draft, clock.instant())).getId();
		}
		Idea idea = access.ownEditable(ideaId);
		rejectIfAny(idea.isUnsent() ? IdeaRules.draftProblems(draft) : problems(ideaId, draft));
		idea.edit(draft, clock.instant());
		return idea.getId();
	}

	/**
	 * Sends an idea in. Submitting the same idea twice (a double click) changes nothing
	 * the second time.
	 * @return the idea and the status it now has: SUBMITTED, or PUBLISHED under
	 * post-moderation
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public SubmittedIdea submit(Long ideaId, IdeaDraft draft) {
		Long me = me();
		Optional<Idea> existing = Optional.ofNullable(ideaId).flatMap(ideas::findById);
		if (existing.isPresent() && Objects.equals(existing.get().getAuthorId(), me) && !existing.get().isUnsent()) {
			return new SubmittedIdea(ideaId, existing.get().getStatus());
		}
		rejectIfAny(problems(existing.isPresent() ? ideaId : null, draft));
		limits.checkIdea(me);
		Instant now = clock.instant();
		Idea idea = existing.isPresent() ? access.ownEditable(ideaId) : ideas.save(Idea.draft(me, draft, now));
		idea.edit(draft, now);
		idea.submit(now);
		record(idea, now);
		events.publishEvent(new IdeaSubmitted(idea.getId()));
		if (settings.getReferenceById(IdeaSettings.ID).isPostModeration()) {
			publish(idea, false, now);
		}
		return new SubmittedIdea(idea.getId(), idea.getStatus());
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void withdraw(Long ideaId) {
		Idea idea = access.ownEditable(ideaId);
		idea.withdraw(clock.instant());
		record(idea, clock.instant());
	}

	/** The resident's own idea as the form needs it, to go on writing. */
	@RolesAllowed(Roles.RESIDENT)
	public Optional<IdeaDraft> ownDraft(Long ideaId) {
		Long me = me();
		return ideas.findById(ideaId).filter(idea -> idea.isEditableBy(me)).map(Idea::content);
	}

	/**
	 * The resident's drafts, the one saved last first: the form opens that one rather
	 * than starting (and later saving) yet another.
	 */
	@RolesAllowed(Roles.RESIDENT)
	public List<DraftSummary> drafts() {
		return ideas.findByAuthorIdAndStatusOrderByUpdatedAtDescIdDesc(me(), IdeaStatus.DRAFT)
			.stream()
			.map(idea -> new DraftSummary(idea.getId(), idea.getTitle(), idea.getUpdatedAt()))
			.toList();
	}

	/**
	 * Deletes the resident's own draft with its photos. Only drafts: anything sent in was
	 * seen by the programme bureau and is withdrawn instead.
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void deleteDraft(Long ideaId) {
		Long me = me();
		Idea idea = ideas.findById(ideaId)
			.filter(found -> me.equals(found.getAuthorId()) && found.getStatus() == IdeaStatus.DRAFT)
			.orElseThrow(() -> new Rejection("idea.error.notFound"));
		List<Photo> pictures = photos.findAllByIdeaIdIn(List.of(ideaId));
		photos.deleteAll(pictures);
		ideas.delete(idea);
		pictures.forEach(photo -> storage.delete(photo.getStoredName()));
	}

	/**
	 * The moderator's request for changes to the resident's own idea, while the idea
	 * waits for them. Nobody but its author gets it.
	 */
	@RolesAllowed(Roles.RESIDENT)
	public Optional<ChangeRequest> requestedChanges(Long ideaId) {
		Long me = me();
		return ideas.findById(ideaId)
			.filter(idea -> idea.isEditableBy(me) && idea.getStatus() == IdeaStatus.CHANGES_REQUESTED)
			.flatMap(idea -> history.findByIdeaIdOrderByChangedAtAscIdAsc(ideaId)
				.stream()
				.filter(change -> change.getKind() == TimelineKind.DECISION
						&& change.getStatus() == IdeaStatus.CHANGES_REQUESTED)
				.reduce((earlier, later) -> later))
			.map(change -> new ChangeRequest(change.getNote(), change.getChangedAt()));
	}

	@RolesAllowed(Roles.RESIDENT)
	public List<MyIdea> myIdeas() {
		List<Idea> mine = ideas.findByAuthorIdAndStatusNotOrderByUpdatedAtDesc(me(), IdeaStatus.WITHDRAWN);
		Map<Long, String> latest = new HashMap<>();
		if (!mine.isEmpty()) {
			history.findByIdeaIdInOrderByChangedAtAscIdAsc(mine.stream().map(Idea::getId).toList())
				.stream()
				.filter(change -> !change.getNote().isBlank())
				.forEach(change -> latest.put(change.getIdeaId(), change.getNote()));
		}
		return mine.stream()
			.map(idea -> new MyIdea(idea.getId(), idea.getTitle(), idea.getStatus(), idea.getUpdatedAt(),
					idea.getSupportCount(), idea.isHidden(),
					idea.isHidden() && !idea.getHiddenReason().isEmpty() ? idea.getHiddenReason()
							: latest.getOrDefault(idea.getId(), "")))
			.toList();
	}

	/**
	 * Adds the resident's support. The database allows one per resident and idea, so two
	 * clicks at once still count once.
	 * @return whether a support was added (false when it already existed)
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean support(Long ideaId) {
		Long me = me();
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> {
				Idea idea = ideas.findById(ideaId).orElseThrow(() -> new Rejection("idea.error.notFound"));
				if (!takesSupport(idea)) {
					throw new Rejection("idea.error.notSupportable");
				}
				if (supports.existsByIdeaIdAndAccountId(ideaId, me)) {
					return false;
				}
				supports.saveAndFlush(new Support(ideaId, me, clock.instant()));
				ideas.addSupports(ideaId, 1);
				return true;
			}));
		}
		catch (DataIntegrityViolationException concurrentDuplicate) {
			return false;
		}
	}

	/**
	 * What {@link #support} would do for each of these ideas, so a view offers support
	 * only where it would be accepted. The resident's own idea is told apart: offering to
	 * support it "instead" of proposing it makes no sense.
	 * @return per id found; unknown ids are left out
	 */
	@RolesAllowed(Roles.RESIDENT)
	public Map<Long, SupportChance> supportChances(Collection<Long> ideaIds) {
		Long me = me();
		Map<Long, SupportChance> chances = new HashMap<>();
		// two statements for a whole page of ideas
		Set<Long> supported = Set.copyOf(supports.supportedAmong(me, ideaIds));
		for (Idea idea : ideas.findAllById(ideaIds)) {
			SupportChance chance;
			if (!takesSupport(idea)) {
				chance = SupportChance.CLOSED;
			}
			else if (me.equals(idea.getAuthorId())) {
				chance = SupportChance.OWN;
			}
			else if (supported.contains(idea.getId())) {
				chance = SupportChance.SUPPORTED;
			}
			else {
				chance = SupportChance.OPEN;
			}
			chances.put(idea.getId(), chance);
		}
		return chances;
	}

	/** The idea's support count now (0 for an idea that is gone). */
	@RolesAllowed(Roles.RESIDENT)
	public int supportCount(Long ideaId) {
		return ideas.findById(ideaId).map(Idea::getSupportCount).orElse(0);
	}

	private static boolean takesSupport(Idea idea) {
		return idea.getStatus().isOpenForSupport() && !idea.isHidden();
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void withdrawSupport(Long ideaId) {
		if (supports.deleteSupport(ideaId, me()) > 0) {
			ideas.addSupports(ideaId, -1);
		}
	}

	private void publish(Idea idea, boolean reviewed, Instant now) {
		idea.publish(reviewed, now);
		record(idea, now);
		events.publishEvent(new IdeaPublished(idea.getId()));
	}

	private void record(Idea idea, Instant now) {
		history.save(new IdeaStatusChange(idea.getId(), idea.getStatus(), now));
	}

	private List<Rejection.Problem> problems(Long ideaId, IdeaDraft draft) {
		List<Rejection.Problem> problems = new ArrayList<>(IdeaRules.submissionProblems(draft));
		if (ideaId != null && photos.findByIdeaIdOrderByPositionAsc(ideaId)
			.stream()
			.anyMatch(photo -> photo.getAltText().isBlank())) {
			problems.add(new Rejection.Problem("photos", "photo.error.altText"));
		}
		if (draft.hasPin() && !programme.containsLocation(draft.latitude(), draft.longitude())) {
			problems.add(new Rejection.Problem("location", "idea.error.outsideArea"));
		}
		return problems;
	}

	private static void rejectIfAny(List<Rejection.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	private Long me() {
		return access.me();
	}

}
