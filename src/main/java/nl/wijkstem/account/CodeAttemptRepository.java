package nl.wijkstem.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CodeAttemptRepository extends JpaRepository<CodeAttempt, Long> {

	/** When the person's failed attempts after {@code since} were, newest first. */
	@Query("select a.attemptedAt from CodeAttempt a where a.person = :person and a.failed = true "
			+ "and a.attemptedAt > :since order by a.attemptedAt desc")
	List<Instant> failedTimesByPerson(String person, Instant since, Limit limit);

	/**
	 * When the network address's failed attempts after {@code since} were, newest first.
	 */
	@Query("select a.attemptedAt from CodeAttempt a where a.clientAddress = :client and a.failed = true "
			+ "and a.attemptedAt > :since order by a.attemptedAt desc")
	List<Instant> failedTimesByClient(String client, Instant since, Limit limit);

	List<CodeAttempt> findByAccountIdOrderByAttemptedAtAsc(Long accountId);

	@Modifying
	@Query("delete from CodeAttempt a where a.attemptedAt < :before")
	int deleteOlderThan(Instant before);

	/** The attempts stay for their retention period, no longer linked to the account. */
	@Modifying
	@Query("update CodeAttempt a set a.accountId = null where a.accountId = :accountId")
	void unlink(Long accountId);

}
