package nl.wijkstem.notification.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

	Optional<OutboxMail> findByIdempotencyKey(String idempotencyKey);

	List<OutboxMail> findByAccountIdOrderByIdAsc(Long accountId);

}
