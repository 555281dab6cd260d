package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

	Optional<OutboxMail> findByIdempotencyKey(String idempotencyKey);

	List<OutboxMail> findByAccountIdOrderByIdAsc(Long accountId);

	/** When the resident asked for confirmation mails lately, newest first. */
	@Query("""
			select m.createdAt from OutboxMail m
			where m.accountId = :account and m.kind = nl.wijkstem.notification.mail.OutboxMail.Kind.CONFIRMATION
			  and m.createdAt > :since
			order by m.createdAt desc""")
	List<Instant> confirmationTimes(@Param("account") Long accountId, @Param("since") Instant since, Limit limit);

	/**
	 * When confirmation mails to one address were asked for lately, by anyone, newest
	 * first; the address is in their key ({@code c:<address hash>:...}).
	 */
	@Query("""
			select m.createdAt from OutboxMail m
			where m.idempotencyKey like :key and m.kind = nl.wijkstem.notification.mail.OutboxMail.Kind.CONFIRMATION
			  and m.createdAt > :since
			order by m.createdAt desc""")
	List<Instant> confirmationTimesTo(@Param("key") String keyPattern, @Param("since") Instant since, Limit limit);

}
