package nl.wijkstem.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CodeAttemptRepository extends JpaRepository<CodeAttempt, Long> {

	@Query("select count(a) from CodeAttempt a where a.person = :person and a.failed = true and a.attemptedAt > :since")
	long countFailedByPerson(String person, Instant since);

	@Query("select count(a) from CodeAttempt a where a.clientAddress = :client and a.failed = true and a.attemptedAt > :since")
	long countFailedByClient(String client, Instant since);

	@Query("select min(a.attemptedAt) from CodeAttempt a where a.person = :person and a.failed = true and a.attemptedAt > :since")
	Instant firstFailedByPerson(String person, Instant since);

	@Query("select min(a.attemptedAt) from CodeAttempt a where a.clientAddress = :client and a.failed = true and a.attemptedAt > :since")
	Instant firstFailedByClient(String client, Instant since);

	List<CodeAttempt> findByAccountIdOrderByAttemptedAtAsc(Long accountId);

	@Modifying
	@Query("delete from CodeAttempt a where a.attemptedAt < :before")
	int deleteOlderThan(Instant before);

	/** The attempts stay for their retention period, no longer linked to the account. */
	@Modifying
	@Query("update CodeAttempt a set a.accountId = null where a.accountId = :accountId")
	void unlink(Long accountId);

}
