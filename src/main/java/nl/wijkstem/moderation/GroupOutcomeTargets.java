package nl.wijkstem.moderation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.consultation.OutcomeLinkKind;
import nl.wijkstem.consultation.OutcomeLinkTargets;

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
	public Map<Long, String> titles(Collection<Long> ids, Locale locale) {
		return groups.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(IdeaGroup::getId, IdeaGroup::getName));
	}

	@Override
	public String path(Long id) {
		return "programme#group-" + id;
	}

}
