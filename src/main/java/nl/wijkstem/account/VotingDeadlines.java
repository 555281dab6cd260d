package nl.wijkstem.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The voting rounds as far as letter codes need them: a batch of codes may stop working
 * when a round's voting closes. The voting module provides this; the account module does
 * not depend on voting (voting depends on accounts), so it asks through this interface.
 */
public interface VotingDeadlines {

	/** No voting rounds at all, where no module provides them. */
	VotingDeadlines NONE = new VotingDeadlines() {

		@Override
		public List<Deadline> open(Instant now, Locale locale) {
			return List.of();
		}

		@Override
		public Map<Long, Deadline> byIds(Collection<Long> roundIds, Locale locale) {
			return Map.of();
		}

	};

	/** The rounds whose voting has not closed yet, the one that closes first first. */
	List<Deadline> open(Instant now, Locale locale);

	/**
	 * The rounds with these ids, in one query; rounds that do not exist are left out.
	 */
	Map<Long, Deadline> byIds(Collection<Long> roundIds, Locale locale);

	/**
	 * @param title the round's title in the requested language
	 * @param closesAt when voting closes, as the round says now
	 */
	record Deadline(Long roundId, String title, Instant closesAt) {
	}

}
