package nl.wijkstem.idea;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static nl.wijkstem.idea.IdeaStatus.BALLOT_ELIGIBLE;
import static nl.wijkstem.idea.IdeaStatus.CHOSEN;
import static nl.wijkstem.idea.IdeaStatus.DUPLICATE;
import static nl.wijkstem.idea.IdeaStatus.IN_PROGRESS;
import static nl.wijkstem.idea.IdeaStatus.LISTED;
import static nl.wijkstem.idea.IdeaStatus.NOT_FEASIBLE;
import static nl.wijkstem.idea.IdeaStatus.ON_BALLOT;
import static nl.wijkstem.idea.IdeaStatus.OPEN_FOR_SUPPORT;
import static nl.wijkstem.idea.IdeaStatus.PUBLIC;
import static nl.wijkstem.idea.IdeaStatus.PUBLISHED;
import static nl.wijkstem.idea.IdeaStatus.REALISED;
import static nl.wijkstem.idea.IdeaStatus.UNDER_CONSIDERATION;
import static nl.wijkstem.idea.IdeaStatus.WITH_PHOTOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One named set per purpose, each written out here by hand. */
class IdeaStatusSetsTest {

	@Test
	void eachSet_holdsExactlyTheStatusesOfItsPurpose() {
		assertThat(PUBLIC).containsExactly(PUBLISHED, UNDER_CONSIDERATION, ON_BALLOT, CHOSEN, IN_PROGRESS, REALISED,
				NOT_FEASIBLE, DUPLICATE);
		assertThat(LISTED).containsExactly(PUBLISHED, UNDER_CONSIDERATION, ON_BALLOT, CHOSEN, IN_PROGRESS, REALISED,
				NOT_FEASIBLE);
		assertThat(OPEN_FOR_SUPPORT).containsExactly(PUBLISHED, UNDER_CONSIDERATION, ON_BALLOT);
		assertThat(BALLOT_ELIGIBLE).containsExactly(PUBLISHED, UNDER_CONSIDERATION);
		assertThat(WITH_PHOTOS).containsExactly(IN_PROGRESS, REALISED);
	}

	@Test
	void theQuestions_answerFromTheSets() {
		for (IdeaStatus status : IdeaStatus.values()) {
			assertThat(status.isPublic()).as("public %s", status).isEqualTo(PUBLIC.contains(status));
			assertThat(status.isListed()).as("listed %s", status).isEqualTo(LISTED.contains(status));
			assertThat(status.isOpenForSupport()).as("support %s", status).isEqualTo(OPEN_FOR_SUPPORT.contains(status));
		}
	}

	@Test
	void noSet_canBeChangedAtRunTime() {
		for (Set<IdeaStatus> set : java.util.List.of(PUBLIC, LISTED, OPEN_FOR_SUPPORT, BALLOT_ELIGIBLE, WITH_PHOTOS)) {
			assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> set.add(PUBLISHED));
		}
	}

}
