package nl.wijkstem.idea;

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
import nl.wijkstem.account.AccountService;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What everyone may read of the ideas: the list with search and filters, the map, one
 * idea's page and the hints of similar ideas while a resident writes. Visibility is
 * checked here, never only in the views.
 */
@Service
@Transactional(readOnly = true)
public class PublicIdeaService {

	private static final int SEARCH_DEPTH = 1000;

	private static final int SIMILAR_LIMIT = 5;

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final IdeaStatusChangeRepository history;

	private final PhotoRepository photos;

	private final IdeaQueries queries;

	private final IdeaSearchIndex index;

	private final AccountService accounts;

	private final IdeaAccess access;

	private final IdeaCards cards;

	private final IdeaProperties properties;

	PublicIdeaService(IdeaRepository ideas, SupportRepository supports, IdeaStatusChangeRepository history,
			PhotoRepository photos, IdeaQueries queries, IdeaSearchIndex index, AccountService accounts,
			IdeaAccess access, IdeaCards cards, IdeaProperties properties) {
		this.ideas = ideas;
		this.supports = supports;
		this.history = history;
		this.photos = photos;
		this.queries = queries;
		this.index = index;
		this.accounts = accounts;
		this.access = access;
		this.cards = cards;
		this.properties = properties;
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
		IdeaCards.Names names = cards.names(locale);
		Map<Long, Idea> loaded = byId(ideas.findAllById(pageIds));
		Map<Long, PhotoView> firstPhotos = new HashMap<>();
		if (!pageIds.isEmpty()) {
			photos.findByIdeaIdInOrderByPositionAsc(pageIds)
				.forEach(photo -> firstPhotos.putIfAbsent(photo.getIdeaId(), PhotoView.of(photo)));
		}
		List<IdeaCard> cards = pageIds.stream()
			.map(loaded::get)
			.filter(Objects::nonNull)
			.map(idea -> IdeaCards.card(idea, names, firstPhotos.get(idea.getId())))
			.toList();
		return new IdeaPage(cards, total, query.hasText() ? index.matchedWords(query.text(), pageIds) : Map.of());
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
	 * Whether the idea page is there for the viewer, by the same rule as
	 * {@link #idea(Long, Locale)}.
	 */
	@PermitAll
	public boolean visible(Long ideaId) {
		Optional<Long> me = access.viewer();
		return ideas.findById(ideaId).filter(idea -> access.visible(idea, me)).isPresent();
	}

	/**
	 * Published ideas that may be what the resident is about to propose: those whose
	 * words are similar enough (none when nothing is), most similar first, each with the
	 * words it shares; then those near the pin.
	 */
	@PermitAll
	public List<SimilarIdea> similar(String text, Double latitude, Double longitude) {
		Map<Long, SimilarIdea> similar = new LinkedHashMap<>();
		List<IdeaSearchIndex.Match> byText = index.similar(text, SIMILAR_LIMIT, properties.similarMinimumScore());
		Map<Long, Idea> found = byId(ideas.findAllWithIds(byText.stream().map(IdeaSearchIndex.Match::id).toList()));
		for (IdeaSearchIndex.Match match : byText) {
			Idea idea = found.get(match.id());
			if (idea != null && idea.getStatus().isListed() && !idea.isHidden()) {
				similar.put(idea.getId(), SimilarIdea.of(idea, false, match.sharedWords()));
			}
		}
		if (latitude != null && longitude != null && similar.size() < SIMILAR_LIMIT) {
			double latDelta = properties.similarRadiusMetres() / 111_320.0;
			double lonDelta = latDelta / Math.cos(Math.toRadians(latitude));
			ideas
				.findPublishedWithin(latitude - latDelta, latitude + latDelta, longitude - lonDelta,
						longitude + lonDelta, Math.pow(Math.cos(Math.toRadians(latitude)), 2), IdeaStatus.LISTED,
						PageRequest.of(0, SIMILAR_LIMIT))
				.forEach(idea -> similar.putIfAbsent(idea.getId(), SimilarIdea.of(idea, true, List.of())));
		}
		return similar.values().stream().limit(SIMILAR_LIMIT).toList();
	}

	private IdeaDetails details(Idea idea, Optional<Long> me, Locale locale) {
		IdeaCards.Names names = cards.names(locale);
		boolean mine = me.isPresent() && me.get().equals(idea.getAuthorId());
		boolean supported = me.isPresent() && supports.existsByIdeaIdAndAccountId(idea.getId(), me.get());
		String author = IdeaCards.publicAuthorName(idea,
				idea.getAuthorId() == null ? Map.of() : accounts.displayNames(Set.of(idea.getAuthorId())));
		Map<Long, List<PhotoView>> updatePhotos = photos
			.findByIdeaIdAndStatusChangeIdIsNotNullOrderByPositionAsc(idea.getId())
			.stream()
			.collect(Collectors.groupingBy(Photo::getStatusChangeId,
					Collectors.mapping(PhotoView::of, Collectors.toList())));
		boolean readsMessagesToTheAuthor = mine || access.isModerator();
		List<IdeaDetails.StatusStep> steps = history.findByIdeaIdOrderByChangedAtAscIdAsc(idea.getId())
			.stream()
			.map(change -> new IdeaDetails.StatusStep(change.getStatus(), change.getChangedAt(),
					change.getKind().isPublic() || readsMessagesToTheAuthor ? change.getNote() : "", change.getKind(),
					updatePhotos.getOrDefault(change.getId(), List.of())))
			.toList();
		SimilarIdea original = idea.getDuplicateOf() == null ? null
				: ideas.findById(idea.getDuplicateOf())
					.filter(Idea::isVisibleToAll)
					.map(found -> SimilarIdea.of(found, false, List.of()))
					.orElse(null);
		return new IdeaDetails(idea.getId(), idea.getTitle(), idea.getDescription(), idea.getPlaceKind(),
				names.theme(idea.getThemeId()), names.goal(idea.getGoalId()), idea.getLocationText(),
				idea.getLatitude(), idea.getLongitude(), idea.getStatus(), steps, idea.getSupportCount(),
				idea.getCommentCount(), author, mine, supported, me.isPresent() && idea.isEditableBy(me.get()),
				idea.getVersion(), idea.getGoalId(), idea.getAssignedThemes(),
				idea.getAssignedThemes().stream().map(names::theme).filter(name -> !name.isBlank()).sorted().toList(),
				idea.isHidden(), readsMessagesToTheAuthor ? idea.getHiddenReason() : "", original,
				idea.getCollectedAt(), idea.getLanguage());
	}

	private static Map<Long, Idea> byId(List<Idea> list) {
		return list.stream().collect(Collectors.toMap(Idea::getId, Function.identity()));
	}

}
