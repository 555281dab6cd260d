package nl.wijkstem.voting;

import java.util.List;
import java.util.Optional;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.VoterIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has voted in a round, as pseudonyms of what verified them ({@link VoterIdentity}):
 * a person votes once, and a letter address no more often than it may verify accounts,
 * however often accounts are deleted and made again. The primary key makes two first
 * ballots of one person at once end with one. Callers hold the transaction.
 */
@Component
class VoterMarkers {

	private static final String PERSON = "PERSON";

	private static final String ADDRESS = "ADDRESS";

	private final JdbcClient sql;

	VoterMarkers(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * Records the markers of a first ballot in the round.
	 * @throws Rejection when every slot of their letter address is taken
	 * @throws org.springframework.dao.DuplicateKeyException when the person voted in the
	 * round before, or a first ballot of the same person or slot was recorded at the same
	 * moment: the caller tries again and then sees it ({@link #hasVoted})
	 */
	void claim(Long roundId, VoterIdentity identity) {
		insert(roundId, identity.person(), PERSON);
		if (!identity.addressSlots().isEmpty()) {
			String slot = freeSlot(roundId, identity.addressSlots())
				.orElseThrow(() -> new Rejection("voting.error.addressVoted", identity.addressSlots().size()));
			insert(roundId, slot, ADDRESS);
		}
	}

	/**
	 * How many different people voted in the round, while the round keeps its markers.
	 */
	long people(Long roundId) {
		return sql.sql("select count(*) from voter_marker where round_id = ? and kind = ?")
			.params(roundId, PERSON)
			.query(Long.class)
			.single();
	}

	/** Removes the round's markers, with the link between ballots and accounts. */
	void forget(Long roundId) {
		sql.sql("delete from voter_marker where round_id = ?").param(roundId).update();
	}

	private Optional<String> freeSlot(Long roundId, List<String> slots) {
		List<String> taken = sql.sql("select marker from voter_marker where round_id = :round and marker in (:slots)")
			.param("round", roundId)
			.param("slots", slots)
			.query(String.class)
			.list();
		return slots.stream().filter(slot -> !taken.contains(slot)).findFirst();
	}

	/** Whether this person voted in the round, with this account or another. */
	boolean hasVoted(Long roundId, VoterIdentity identity) {
		return sql.sql("select count(*) from voter_marker where round_id = ? and marker = ?")
			.params(roundId, identity.person())
			.query(Long.class)
			.single() > 0;
	}

	private void insert(Long roundId, String marker, String kind) {
		sql.sql("insert into voter_marker (round_id, marker, kind) values (?, ?, ?)")
			.params(roundId, marker, kind)
			.update();
	}

}
