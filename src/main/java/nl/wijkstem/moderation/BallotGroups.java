package nl.wijkstem.moderation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What voting rounds need from groups: the groups moderators may put on a ballot, each
 * with its listed ideas. Hidden ideas and duplicates are never part of what residents
 * vote on. A fixed number of statements, however many groups there are.
 */
@Service
@Transactional(readOnly = true)
public class BallotGroups {

	private static final Comparator<FiledIdea> MOST_SUPPORTED_FIRST = Comparator.comparingInt(FiledIdea::supportCount)
		.reversed()
		.thenComparing(FiledIdea::id);

	private final IdeaGroupRepository groups;

	private final GroupMemberRepository members;

	private final FiledIdeas filedIdeas;

	BallotGroups(IdeaGroupRepository groups, GroupMemberRepository members, FiledIdeas filedIdeas) {
		this.groups = groups;
		this.members = members;
		this.filedIdeas = filedIdeas;
	}

	/** Every group with at least one listed idea, by name. */
	@RolesAllowed(Roles.MODERATOR)
	public List<BallotGroup> withIdeas() {
		return describe(groups.findAllByOrderByNameAscIdAsc()).stream()
			.filter(group -> !group.ideaIds().isEmpty())
			.toList();
	}

	/** The group with its listed ideas (possibly none), if it exists. */
	@RolesAllowed(Roles.MODERATOR)
	public Optional<BallotGroup> group(Long groupId) {
		return groupId == null ? Optional.empty()
				: groups.findById(groupId).map(group -> describe(List.of(group)).getFirst());
	}

	private List<BallotGroup> describe(List<IdeaGroup> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> memberIds = members.findInGroups(found.stream().map(IdeaGroup::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(GroupMember::getGroupId,
					Collectors.mapping(GroupMember::getIdeaId, Collectors.toList())));
		Map<Long, FiledIdea> listed = listed(memberIds.values().stream().flatMap(Collection::stream).toList());
		return found.stream()
			.map(group -> new BallotGroup(group.getId(), group.getGoalId(), group.getName(), group.getSummary(),
					memberIds.getOrDefault(group.getId(), List.of())
						.stream()
						.map(listed::get)
						.filter(Objects::nonNull)
						.sorted(MOST_SUPPORTED_FIRST)
						.map(FiledIdea::id)
						.toList()))
			.toList();
	}

	private Map<Long, FiledIdea> listed(List<Long> ideaIds) {
		return ideaIds.isEmpty() ? Map.of()
				: filedIdeas.publicIdeas(ideaIds)
					.stream()
					.collect(Collectors.toMap(FiledIdea::id, Function.identity()));
	}

}
