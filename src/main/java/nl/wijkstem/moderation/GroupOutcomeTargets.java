package nl.wijkstem.moderation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.consultation.OutcomeLinkKind;
import nl.wijkstem.consultation.OutcomeLinkTargets;
import nl.wijkstem.consultation.OutcomeTarget;

import org.springframework.stereotype.Component;

/**
 * Groups of ideas as a consultation's outcome links to them: by their name, to their
 * place in the public programme overview.
 */
@Component
class GroupOutcomeTargets implements OutcomeLinkTargets {

	private final IdeaGroupRepository groups;

	GroupOutcomeTargets(IdeaGroupRepository groups) {
		this.groups = groups;
	}

	@Override
	public OutcomeLinkKind kind() {
		return OutcomeLinkKind.GROUP;
	}

	@Override
	public Map<Long, OutcomeTarget> find(Collection<Long> ids, Locale locale) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return groups.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(IdeaGroup::getId, group -> new OutcomeTarget(OutcomeLinkKind.GROUP, group.getId(),
					group.getName(), "programme#group-" + group.getId())));
	}

}
