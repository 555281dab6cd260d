package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything residents do with ideas: drafting, submitting, withdrawing, browsing,
 * searching and supporting. Ownership and visibility are checked here, never only in the
 * views.
 */
@Service
@Transactional(readOnly = true)
public class IdeaService {

	private static final int EXCERPT_LENGTH = 180;

	private static final int SEARCH_DEPTH = 1000;

	private static final int SIMILAR_LIMIT = 5;

	private static final int MESSAGE_MIN = 10;

	private static final int MESSAGE_MAX = 2000;

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final IdeaStatusChangeRepository history;

	private final IdeaSettingsRepository settings;

	private final PhotoRepository photos;

	private final IdeaQueries queries;

	private final IdeaSearchIndex index;

	private final AccountService accounts;

	private final ProgrammeService programme;

	private final IdeaAccess access;

	private final ModeratorEdits edits;

	private final ActionLimits limits;

	private final IdeaProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IdeaService(IdeaRepository ideas, SupportRepository supports, IdeaStatusChangeRepository history,
			IdeaSettingsRepository settings, PhotoRepository photos, IdeaQueries queries, IdeaSearchIndex index,
			AccountService accounts, ProgrammeService programme, IdeaAccess access, ModeratorEdits edits,
			ActionLimits limits, IdeaProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		this.ideas = ideas;
		this.supports = supports;
		this.history = history;
		this.settings = settings;
		this.photos = photos;
		this.queries = queries;
		this.index = index;
		this.accounts = accounts;
		this.programme = programme;
		this.access = access;
		this.edits = edits;
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
				throw new IdeaRejectedException("idea.error.tooManyDrafts", properties.openDraftsPerResident());
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
				Idea idea = ideas.findById(ideaId).orElseThrow(() -> new IdeaRejectedException("idea.error.notFound"));
				if (!idea.getStatus().isOpenForSupport() || idea.isHidden()) {
					throw new IdeaRejectedException("idea.error.notSupportable");
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

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void withdrawSupport(Long ideaId) {
		if (supports.deleteSupport(ideaId, me()) > 0) {
			ideas.addSupports(ideaId, -1);
		}
	}

	/** One page of published ideas matching the query. */
	@PermitAll
	public IdeaPage search(IdeaQuery query, int page, int pageSize, Locale locale) {
		int offset = page * pageSize;
		List<Long> pageIds;
		long total;
		if (query.hasText()) {
			List<Long> ranked = index.search(query.text(), SEARCH_DEPTH);
			if (ranked.isEmpty()) {
				return new IdeaPage(List.of(), 0);
			}
			if (query.effectiveSort() == IdeaSort.RELEVANCE) {
				Set<Long> matching = Set.copyOf(queries.ids(query, ranked, false, 0, SEARCH_DEPTH));
				List<Long> filtered = ranked.stream().filter(matching::contains).toList();
				total = filtered.size();
				pageIds = filtered.subList(Math.min(offset, filtered.size()),
						Math.min(offset + pageSize, filtered.size()));
			}
			else {
				total = queries.count(query, ranked);
				pageIds = queries.ids(query, ranked, true, offset, pageSize);
			}
		}
		else {
			total = queries.count(query, null);
			pageIds = queries.ids(query, null, true, offset, pageSize);
		}
		Names names = names(locale);
		Map<Long, Idea> loaded = byId(ideas.findAllById(pageIds));
		Map<Long, PhotoView> firstPhotos = new HashMap<>();
		if (!pageIds.isEmpty()) {
			photos.findByIdeaIdInOrderByPositionAsc(pageIds)
				.forEach(photo -> firstPhotos.putIfAbsent(photo.getIdeaId(), PhotoView.of(photo)));
		}
		List<IdeaCard> cards = pageIds.stream()
			.map(loaded::get)
			.filter(Objects::nonNull)
			.map(idea -> card(idea, names, firstPhotos.get(idea.getId())))
			.toList();
		return new IdeaPage(cards, total);
	}

	/** Where the ideas matching the query are, for the map (the most supported first). */
	@PermitAll
	public List<IdeaPin> pins(IdeaQuery query, int limit) {
		List<Long> ranked = query.hasText() ? index.search(query.text(), SEARCH_DEPTH) : null;
		if (ranked != null && ranked.isEmpty()) {
			return List.of();
		}
		return queries.pins(query, ranked, limit);
	}

	/**
	 * The idea page, if the viewer may see it: published ones for everyone, others for
	 * their author and moderators.
	 */
	@PermitAll
	public Optional<IdeaDetails> idea(Long ideaId, Locale locale) {
		Optional<Long> me = access.viewer();
		return ideas.findById(ideaId).filter(idea -> access.visible(idea, me)).map(idea -> details(idea, me, locale));
	}

	/**
	 * Published ideas that may be what the resident is about to propose: by their words
	 * first, then by being near the pin.
	 */
	@PermitAll
	public List<SimilarIdea> similar(String text, Double latitude, Double longitude) {
		Map<Long, SimilarIdea> similar = new LinkedHashMap<>();
		List<Long> byText = index.search(text, SIMILAR_LIMIT);
		Map<Long, Idea> found = byId(ideas.findAllById(byText));
		byText.stream()
			.map(found::get)
			.filter(idea -> idea != null && idea.getStatus().isListed() && !idea.isHidden())
			.forEach(idea -> similar.put(idea.getId(),
					new SimilarIdea(idea.getId(), idea.getTitle(), idea.getSupportCount(), false)));
		if (latitude != null && longitude != null && similar.size() < SIMILAR_LIMIT) {
			double latDelta = properties.similarRadiusMetres() / 111_320.0;
			double lonDelta = latDelta / Math.cos(Math.toRadians(latitude));
			ideas
				.findPublishedWithin(latitude - latDelta, latitude + latDelta, longitude - lonDelta,
						longitude + lonDelta, IdeaStatus.listed(), PageRequest.of(0, SIMILAR_LIMIT))
				.forEach(idea -> similar.putIfAbsent(idea.getId(),
						new SimilarIdea(idea.getId(), idea.getTitle(), idea.getSupportCount(), true)));
		}
		return similar.values().stream().limit(SIMILAR_LIMIT).toList();
	}

	/** Makes a submitted idea public after a moderator's check. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void publish(Long ideaId) {
		Idea idea = ideas.findById(ideaId).orElseThrow(() -> new IdeaRejectedException("idea.error.notFound"));
		publish(idea, true, clock.instant());
	}

	/** Submitted ideas waiting for a moderator, oldest first. */
	@RolesAllowed(Roles.MODERATOR)
	public IdeaPage queue(int page, int pageSize, Locale locale) {
		return moderatorsPage(
				ideas.findByStatusOrderBySubmittedAtAscIdAsc(IdeaStatus.SUBMITTED, PageRequest.of(page, pageSize)),
				locale);
	}

	/**
	 * A moderator's decision, with a message for the author. Refused when the idea
	 * changed since the moderator opened it (another moderator decided, or the author
	 * edited).
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void decide(Long ideaId, int expectedVersion, ModerationDecision decision, String message) {
		String note = IdeaRules.clean(message);
		if (decision.needsMessage() && note.length() < MESSAGE_MIN) {
			throw new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("message", "moderation.error.message", MESSAGE_MIN)));
		}
		if (note.length() > MESSAGE_MAX) {
			throw new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("message", "idea.error.tooLong", MESSAGE_MAX)));
		}
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		if (idea.getStatus() != IdeaStatus.SUBMITTED) {
			throw new IdeaRejectedException("moderation.error.changedMeanwhile");
		}
		Instant now = clock.instant();
		IdeaStatus before = idea.getStatus();
		switch (decision) {
			case PUBLISH -> idea.publish(true, now);
			case REQUEST_CHANGES -> idea.requestChanges(now);
			case REJECT -> idea.reject(now);
		}
		history.save(IdeaStatusChange.of(TimelineKind.DECISION, idea.getId(), idea.getStatus(), now, note));
		edits.flushOrConflict();
		if (decision == ModerationDecision.PUBLISH) {
			events.publishEvent(new IdeaPublished(idea.getId()));
		}
		events.publishEvent(new ModerationActionTaken(IdeaActions.of(decision), "idea", idea.getId(), before.name(),
				idea.getStatus().name(), note));
		events.publishEvent(new IdeaDecided(idea.getId(), idea.getAuthorId(), idea.getTitle(), decision, note));
	}

	/**
	 * A moderator's decision with a message for the author and, when publishing, the
	 * filing under a programme goal and local themes, saved in one step: both happen or
	 * neither does.
	 * @param goalId the goal to file a published idea under; {@code null} leaves it
	 * unfiled (and the themes are ignored)
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void decideAndFile(Long ideaId, int expectedVersion, ModerationDecision decision, String message,
			Long goalId, Set<Long> themeIds) {
		decide(ideaId, expectedVersion, decision, message);
		if (decision == ModerationDecision.PUBLISH && goalId != null) {
			// the decision raised the version: the filing builds on this transaction's
			// own change
			file(ideaId, ideas.findById(ideaId).orElseThrow().getVersion(), goalId, themeIds);
		}
	}

	/** How many submitted ideas wait for a moderator. */
	@RolesAllowed(Roles.MODERATOR)
	public long waitingCount() {
		return ideas.countByStatus(IdeaStatus.SUBMITTED);
	}

	/**
	 * Published ideas no moderator has filed under a programme goal yet, oldest first.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public IdeaPage unfiled(int page, int pageSize, Locale locale) {
		return moderatorsPage(ideas.findByStatusInAndGoalIdIsNullOrderByPublishedAtAscIdAsc(IdeaStatus.listed(),
				PageRequest.of(page, pageSize)), locale);
	}

	/**
	 * Files an idea under exactly one programme goal and any number of local themes, and
	 * marks it reviewed.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void file(Long ideaId, int expectedVersion, Long goalId, Set<Long> themeIds) {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		if (goalId == null || overview.goals().stream().noneMatch(goal -> goal.id().equals(goalId))) {
			throw new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("goal", "moderation.error.goal")));
		}
		Set<Long> known = overview.themes().stream().map(ProgrammeOverview.Category::id).collect(Collectors.toSet());
		if (!known.containsAll(themeIds)) {
			throw new IdeaRejectedException("moderation.error.theme");
		}
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		String before = filing(idea.getGoalId(), idea.getAssignedThemes());
		idea.file(goalId, themeIds, clock.instant());
		edits.flushOrConflict();
		events.publishEvent(
				new ModerationActionTaken(IdeaActions.FILE, "idea", ideaId, before, filing(goalId, themeIds), ""));
		events.publishEvent(new IdeaFiled(ideaId, goalId, Set.copyOf(themeIds)));
	}

	/** A filing in codes a reader of the audit trail recognises: goal and theme ids. */
	private static String filing(Long goalId, Set<Long> themeIds) {
		return "goal=" + (goalId == null ? "-" : goalId) + " themes="
				+ themeIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void setPostModeration(boolean postModeration) {
		settings.getReferenceById(IdeaSettings.ID).setPostModeration(postModeration);
	}

	@PermitAll
	public boolean isPostModeration() {
		return settings.getReferenceById(IdeaSettings.ID).isPostModeration();
	}

	IdeaPage moderatorsPage(Page<Idea> found, Locale locale) {
		Names names = names(locale);
		return new IdeaPage(found.map(idea -> card(idea, names, null)).getContent(), found.getTotalElements());
	}

	private void publish(Idea idea, boolean reviewed, Instant now) {
		idea.publish(reviewed, now);
		record(idea, now);
		events.publishEvent(new IdeaPublished(idea.getId()));
	}

	private void record(Idea idea, Instant now) {
		history.save(new IdeaStatusChange(idea.getId(), idea.getStatus(), now));
	}

	private List<IdeaRejectedException.Problem> problems(Long ideaId, IdeaDraft draft) {
		List<IdeaRejectedException.Problem> problems = new ArrayList<>(IdeaRules.submissionProblems(draft));
		if (ideaId != null && photos.findByIdeaIdOrderByPositionAsc(ideaId)
			.stream()
			.anyMatch(photo -> photo.getAltText().isBlank())) {
			problems.add(new IdeaRejectedException.Problem("photos", "photo.error.altText"));
		}
		if (draft.hasPin() && !programme.containsLocation(draft.latitude(), draft.longitude())) {
			problems.add(new IdeaRejectedException.Problem("location", "idea.error.outsideArea"));
		}
		return problems;
	}

	private static void rejectIfAny(List<IdeaRejectedException.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new IdeaRejectedException(problems);
		}
	}

	private Long me() {
		return access.me();
	}

	private boolean currentUserIsModerator() {
		return access.isModerator();
	}

	private IdeaDetails details(Idea idea, Optional<Long> me, Locale locale) {
		Names names = names(locale);
		boolean mine = me.isPresent() && me.get().equals(idea.getAuthorId());
		boolean supported = me.isPresent() && supports.existsByIdeaIdAndAccountId(idea.getId(), me.get());
		String author = publicAuthorName(idea,
				idea.getAuthorId() == null ? Map.of() : accounts.displayNames(Set.of(idea.getAuthorId())));
		Map<Long, List<PhotoView>> updatePhotos = photos
			.findByIdeaIdAndStatusChangeIdIsNotNullOrderByPositionAsc(idea.getId())
			.stream()
			.collect(Collectors.groupingBy(Photo::getStatusChangeId,
					Collectors.mapping(PhotoView::of, Collectors.toList())));
		boolean readsMessagesToTheAuthor = mine || currentUserIsModerator();
		List<IdeaDetails.StatusStep> steps = history.findByIdeaIdOrderByChangedAtAscIdAsc(idea.getId())
			.stream()
			.map(change -> new IdeaDetails.StatusStep(change.getStatus(), change.getChangedAt(),
					change.getKind().isPublic() || readsMessagesToTheAuthor ? change.getNote() : "", change.getKind(),
					updatePhotos.getOrDefault(change.getId(), List.of())))
			.toList();
		SimilarIdea original = idea.getDuplicateOf() == null ? null
				: ideas.findById(idea.getDuplicateOf())
					.filter(Idea::isVisibleToAll)
					.map(found -> new SimilarIdea(found.getId(), found.getTitle(), found.getSupportCount(), false))
					.orElse(null);
		return new IdeaDetails(idea.getId(), idea.getTitle(), idea.getDescription(), idea.getPlaceKind(),
				names.theme(idea.getThemeId()), names.goal(idea.getGoalId()), idea.getLocationText(),
				idea.getLatitude(), idea.getLongitude(), idea.getStatus(), steps, idea.getSupportCount(),
				idea.getCommentCount(), author, mine, supported, me.isPresent() && idea.isEditableBy(me.get()),
				idea.getVersion(), idea.getGoalId(), idea.getAssignedThemes(),
				idea.getAssignedThemes().stream().map(names::theme).filter(name -> !name.isBlank()).sorted().toList(),
				idea.isHidden(), readsMessagesToTheAuthor ? idea.getHiddenReason() : "", original,
				idea.getCollectedAt());
	}

	private static IdeaCard card(Idea idea, Names names, PhotoView firstPhoto) {
		return new IdeaCard(idea.getId(), idea.getTitle(), excerpt(idea.getDescription()), idea.getPlaceKind(),
				names.theme(idea.getThemeId()), names.goal(idea.getGoalId()), idea.getStatus(), idea.getSupportCount(),
				idea.getCommentCount(), idea.getPublishedAt(), firstPhoto, idea.getVersion());
	}

	/**
	 * The author's name as the public idea page shows it: the account's name, or the name
	 * a resident gave for an idea collected on paper; empty when the page says "a
	 * resident".
	 */
	static String publicAuthorName(Idea idea, Map<Long, String> displayNames) {
		return idea.getAuthorId() == null ? idea.getCollectedName() : displayNames.getOrDefault(idea.getAuthorId(), "");
	}

	static String excerpt(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
		return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " …";
	}

	private Names names(Locale locale) {
		ProgrammeOverview overview = programme.overview(locale);
		return new Names(byCategoryId(overview.goals()), byCategoryId(overview.themes()));
	}

	private static Map<Long, String> byCategoryId(Collection<ProgrammeOverview.Category> categories) {
		Map<Long, String> names = new HashMap<>();
		categories.forEach(category -> names.put(category.id(), category.name()));
		return names;
	}

	private static Map<Long, Idea> byId(List<Idea> list) {
		return list.stream().collect(Collectors.toMap(Idea::getId, Function.identity()));
	}

	private record Names(Map<Long, String> goals, Map<Long, String> themes) {

		String goal(Long id) {
			return id == null ? "" : goals.getOrDefault(id, "");
		}

		String theme(Long id) {
			return id == null ? "" : themes.getOrDefault(id, "");
		}

	}

}
