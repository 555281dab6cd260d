package nl.wijkstem.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResidencyRepository extends JpaRepository<Residency, Long> {

	Optional<Residency> findByActiveAccountId(Long accountId);

	boolean existsByActiveAccountId(Long accountId);

	Optional<Residency> findFirstByAccountIdOrderByVerifiedAtDescIdDesc(Long accountId);

	List<Residency> findByAccountIdOrderByVerifiedAtAscIdAsc(Long accountId);

	long countByAddressIdAndActiveAccountIdIsNotNull(Long addressId);

	List<Residency> findByAddressIdAndActiveAccountIdIsNotNull(Long addressId);

	long countByActiveAccountIdIsNotNull();

	/** Per batch, how many residents were verified with one of its codes. */
	@Query("select c.batchId, count(r) from Residency r, LetterCode c where r.codeId = c.id group by c.batchId")
	List<Object[]> countRedeemedPerBatch();

	@Modifying
	@Query("delete from Residency r where r.accountId = :accountId")
	void deleteAllOf(Long accountId);

}
