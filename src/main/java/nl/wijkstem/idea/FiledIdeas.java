package nl.wijkstem.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public ideas as the programme sees them, for modules that arrange them (groups, the
 * goal board, reports): read-only, and never anything that is not public. Each method
 * costs a fixed number of statements for up to {@value #CHUNK} ideas asked about.
 */
@Service
@Transactional(readOnly = true)
public class FiledIdeas {

	/** Ideas per statement: far below the bind-parameter limits of H2 and PostgreSQL. */
	public static final int CHUNK = 1000;

	private static final String PROJECTION = "select new nl.wijkstem.idea.FiledIdea(i.id, i.title, i.status, "
			+ "i.goalId, i.supportCount, i.publishedAt, i.version) from Idea i ";

	private final EntityManager entityManager;

	private final IdeaSearchIndex index;

	private final IdeaProperties properties;

	FiledIdeas(EntityManager entityManager, IdeaSearchIndex index, IdeaProperties properties) {
		this.entityManager = entityManager;
		this.index = index;
		this.properties = properties;
	}

	/**
	 * The public ones among the given ideas, in no particular order; others are left out.
	 */
	@PermitAll
	public List<FiledIdea> publicIdeas(Collection<Long> ideaIds) {
		List<FiledIdea> found = new ArrayList<>();
		for (List<Long> chunk : chunks(ideaIds)) {
			found.addAll(entityManager
				.createQuery(PROJECTION + "where i.id in :ids and i.status in :public and i.hidden = false",
						FiledIdea.class)
				.setParameter("ids", chunk)
				.setParameter("public", IdeaStatus.LISTED)
				.getResultList());
		}
		return found;
	}

	@PermitAll
	public Optional<FiledIdea> publicIdea(Long ideaId) {
		return ideaId == null ? Optional.empty() : publicIdeas(List.of(ideaId)).stream().findFirst();
	}

	/**
	 * The public ideas under the same goal that say what this public idea says, most
	 * similar first, each with the words they share: the hints a moderator groups ideas
	 * from. Empty for an idea that is not public or not filed.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public List<SimilarFiledIdea> similarUnderSameGoal(Long ideaId, int limit) {
		Idea anchor = ideaId == null ? null : entityManager.find(Idea.class, ideaId);
		if (anchor == null || !anchor.isVisibleToAll() || anchor.getGoalId() == null) {
			return List.of();
		}
		List<IdeaSearchIndex.Match> matches = index
			.similar(anchor.getTitle() + " " + anchor.getDescription(), limit + 1, properties.similarMinimumScore())
			.stream()
			.filter(match -> !match.id().equals(ideaId))
			.toList();
		Map<Long, FiledIdea> found = publicIdeas(matches.stream().map(IdeaSearchIndex.Match::id).toList()).stream()
			.filter(idea -> anchor.getGoalId().equals(idea.goalId()))
			.collect(Collectors.toMap(FiledIdea::id, idea -> idea));
		return matches.stream()
			.filter(match -> found.containsKey(match.id()))
			.map(match -> new SimilarFiledIdea(found.get(match.id()), match.sharedWords()))
			.limit(limit)
			.toList();
	}

	/**
	 * How many public ideas are filed under each goal, per status (goals without any are
	 * left out): one statement.
	 */
	@PermitAll
	public Map<Long, Map<IdeaStatus, Long>> statusCountsByGoal() {
		Map<Long, Map<IdeaStatus, Long>> counts = new HashMap<>();
		entityManager.createQuery("""
				select i.goalId, i.status, count(i) from Idea i
				where i.goalId is not null and i.status in :public and i.hidden = false group by i.goalId, i.status""",
				Object[].class)
			.setParameter("public", IdeaStatus.LISTED)
			.getResultStream()
			.forEach(row -> counts.computeIfAbsent((Long) row[0], goal -> new EnumMap<>(IdeaStatus.class))
				.put((IdeaStatus) row[1], ((Number) row[2]).longValue()));
		return counts;
	}

	/** How many public ideas are filed under the goal. */
	@PermitAll
	public long countUnder(Long goalId) {
		return entityManager
			.createQuery(
					"select count(i) from Idea i where i.goalId = :goal and i.status in :public and i.hidden = false",
					Long.class)
			.setParameter("goal", goalId)
			.setParameter("public", IdeaStatus.LISTED)
			.getSingleResult();
	}

	/**
	 * One page of the public ideas under a goal, most supported first, leaving out the
	 * given ones (such as those already in a group). One statement: it reads the page
	 * plus as many ideas as are left out, and leaves them out here, because a long "not
	 * in" list of parameters would be compared with every idea of the goal.
	 */
	@PermitAll
	public List<FiledIdea> mostSupported(Long goalId, Collection<Long> excluded, int offset, int limit) {
		Set<Long> leftOut = Set.copyOf(excluded);
		return entityManager
			.createQuery(PROJECTION + "where i.goalId = :goal and i.status in :public and i.hidden = false "
					+ "order by i.supportCount desc, i.id desc", FiledIdea.class)
			.setParameter("goal", goalId)
			.setParameter("public", IdeaStatus.LISTED)
			.setMaxResults(offset + limit + leftOut.size())
			.getResultList()
			.stream()
			.filter(idea -> !leftOut.contains(idea.id()))
			.skip(offset)
			.limit(limit)
			.toList();
	}

	/**
	 * How many different residents support at least one of the given public ideas: a
	 * resident who supports three of them counts once.
	 */
	@PermitAll
	public long distinctSupporters(Collection<Long> ideaIds) {
		return distinctSupporters(Map.of(0L, ideaIds)).get(0L);
	}

	/**
	 * {@link #distinctSupporters(Collection)} for several sets of ideas at once (such as
	 * the ideas of each group), counted in the database.
	 * @return per key of the given map, the number of different supporters
	 */
	@PermitAll
	public Map<Long, Long> distinctSupporters(Map<Long, ? extends Collection<Long>> ideaIdsBySet) {
		Map<Long, Long> counts = new HashMap<>();
		Map<Long, Set<Long>> batch = new HashMap<>();
		int batchSize = 0;
		for (Map.Entry<Long, ? extends Collection<Long>> set : ideaIdsBySet.entrySet()) {
			Set<Long> ideas = new LinkedHashSet<>(set.getValue());
			if (batchSize > 0 && batchSize + ideas.size() > CHUNK) {
				counts.putAll(countSupporters(batch));
				batch.clear();
				batchSize = 0;
			}
			batch.put(set.getKey(), ideas);
			batchSize += ideas.size();
		}
		counts.putAll(countSupporters(batch));
		ideaIdsBySet.keySet().forEach(key -> counts.putIfAbsent(key, 0L));
		return counts;
	}

	/** One statement: a table of (set, idea) pairs joined to the supports. */
	private Map<Long, Long> countSupporters(Map<Long, Set<Long>> sets) {
		List<Long> parameters = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		sets.forEach((key, ideas) -> ideas.forEach(idea -> {
			rows.add("(cast(?" + (parameters.size() + 1) + " as bigint), cast(?" + (parameters.size() + 2)
					+ " as bigint))");
			parameters.add(key);
			parameters.add(idea);
		}));
		if (rows.isEmpty()) {
			return Map.of();
		}
		// the statuses are enum names, never user input
		String statuses = IdeaStatus.LISTED.stream()
			.map(status -> "'" + status.name() + "'")
			.collect(Collectors.joining(", "));
		var query = entityManager.createNativeQuery("select k.set_key, count(distinct s.account_id) from (values "
				+ String.join(", ", rows) + ") as k (set_key, idea_id) "
				+ "join idea_support s on s.idea_id = k.idea_id join idea i on i.id = k.idea_id "
				+ "where i.status in (" + statuses + ") and i.hidden = false group by k.set_key");
		for (int i = 0; i < parameters.size(); i++) {
			query.setParameter(i + 1, parameters.get(i));
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object result : query.getResultList()) {
			Object[] row = (Object[]) result;
			counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Every idea everyone can see (duplicates too; hidden ones not), in the order of
	 * their ids, for reports: in parts of {@link #CHUNK}, streamed from the database, so
	 * memory stays the same however many ideas there are.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public void forEachPublic(Consumer<List<ExportedIdea>> part) {
		List<Object[]> chunk = new ArrayList<>(CHUNK);
		try (Stream<Object[]> rows = entityManager.createQuery("""
				select i.id, i.title, i.description, i.status, i.placeKind, i.locationText, i.latitude, i.longitude,
				i.goalId, i.supportCount, i.commentCount, i.submittedAt, i.publishedAt, i.updatedAt, i.duplicateOf
				from Idea i where i.status in :public and i.hidden = false order by i.id""", Object[].class)
			.setParameter("public", Arrays.stream(IdeaStatus.values()).filter(IdeaStatus::isPublic).toList())
			.setHint("org.hibernate.fetchSize", CHUNK)
			.setHint("org.hibernate.readOnly", true)
			.getResultStream()) {
			rows.forEach(row -> {
				chunk.add(row);
				if (chunk.size() == CHUNK) {
					export(chunk, part);
					chunk.clear();
				}
			});
		}
		export(chunk, part);
	}

	private void export(List<Object[]> rows, Consumer<List<ExportedIdea>> part) {
		if (rows.isEmpty()) {
			return;
		}
		Map<Long, Set<Long>> themes = new HashMap<>();
		entityManager
			.createQuery("select i.id, t from Idea i join i.assignedThemes t where i.id in :ids", Object[].class)
			.setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
			.getResultList()
			.forEach(pair -> themes.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]));
		List<ExportedIdea> ideas = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			Long id = (Long) row[0];
			ideas.add(new ExportedIdea(id, (String) row[1], (String) row[2], (IdeaStatus) row[3], (PlaceKind) row[4],
					Objects.requireNonNullElse((String) row[5], ""), (Double) row[6], (Double) row[7], (Long) row[8],
					Set.copyOf(themes.getOrDefault(id, Set.of())), ((Number) row[9]).intValue(),
					((Number) row[10]).intValue(), (Instant) row[11], (Instant) row[12], (Instant) row[13],
					(Long) row[14]));
		}
		part.accept(ideas);
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
		List<List<Long>> chunks = new ArrayList<>();
		for (int start = 0; start < distinct.size(); start += CHUNK) {
			chunks.add(distinct.subList(start, Math.min(start + CHUNK, distinct.size())));
		}
		return chunks;
	}

}
