package nl.wijkstem.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByIssuerAndSubjectHash(String issuer, String subjectHash);

}
