package nl.wijkstem.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LetterCodeRepository extends JpaRepository<LetterCode, Long> {

	Optional<LetterCode> findByCodeHash(String codeHash);

	/** Every code not yet replaced stops working: a new letter goes to every address. */
	@Modifying
	@Query("update LetterCode c set c.withdrawnAt = :now where c.withdrawnAt is null")
	int withdrawAll(Instant now);

}
