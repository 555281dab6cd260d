package nl.wijkstem.notification.mail;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmailAddressRepository extends JpaRepository<EmailAddress, Long> {

	Optional<EmailAddress> findByAccountId(Long accountId);

	Optional<EmailAddress> findByTokenHash(String tokenHash);

}
