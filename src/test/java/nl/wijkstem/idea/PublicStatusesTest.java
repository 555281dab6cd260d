package nl.wijkstem.idea;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicStatusesTest {

	@Test
	void publishedAndLaterSteps_arePublic_exceptWithdrawnAndDuplicate() {
		assertThat(PublicStatuses.ALL).contains(IdeaStatus.PUBLISHED)
			.doesNotContain(IdeaStatus.DRAFT, IdeaStatus.SUBMITTED, IdeaStatus.CHANGES_REQUESTED, IdeaStatus.REJECTED,
					IdeaStatus.WITHDRAWN)
			.allSatisfy(status -> assertThat(status.compareTo(IdeaStatus.PUBLISHED)).isNotNegative())
			.noneMatch(status -> status.name().equals("DUPLICATE"));
		for (IdeaStatus status : IdeaStatus.values()) {
			assertThat(PublicStatuses.isPublic(status)).isEqualTo(PublicStatuses.ALL.contains(status));
		}
		assertThat(PublicStatuses.isPublic(null)).isFalse();
	}

}
