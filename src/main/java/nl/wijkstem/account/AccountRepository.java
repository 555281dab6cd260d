package nl.wijkstem.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByIssuerAndSubjectHash(String issuer, String subjectHash);

	List<Account> findByStaffTrueOrderByDisplayNameAscIdAsc();

	/**
	 * Accounts whose name or e-mail address matches a lower-case {@code like} pattern.
	 */
	@Query("""
			select a from Account a
			where lower(a.displayName) like :pattern escape '\\' or lower(a.email) like :pattern escape '\\'
			order by a.displayName, a.id""")
	List<Account> search(String pattern, Pageable page);

}
