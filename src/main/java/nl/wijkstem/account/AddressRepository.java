package nl.wijkstem.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AddressRepository extends JpaRepository<Address, Long> {

	/**
	 * The address, locked until the transaction ends: two people of one household
	 * redeeming at the same moment are counted one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Address a where a.id = :id")
	Optional<Address> lockById(Long id);

	@Query("select a from Address a order by a.postcode, a.houseNumber, a.addition")
	List<Address> findAllInPostalOrder();

	/** Addresses without a code that still works: not replaced and not expired. */
	@Query("""
			select a from Address a where not exists (
			    select c from LetterCode c, CodeBatch b
			    where c.addressId = a.id and c.batchId = b.id and c.withdrawnAt is null and b.expiresOn >= :today)
			order by a.postcode, a.houseNumber, a.addition""")
	List<Address> findWithoutValidCode(LocalDate today);

	@Query("""
			select count(distinct c.addressId) from LetterCode c, CodeBatch b
			where c.batchId = b.id and c.withdrawnAt is null and b.expiresOn >= :today""")
	long countWithValidCode(LocalDate today);

}
