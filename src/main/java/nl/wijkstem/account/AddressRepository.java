package nl.wijkstem.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AddressRepository extends JpaRepository<Address, Long>, JpaSpecificationExecutor<Address> {

	/**
	 * The address, locked until the transaction ends: two people of one household
	 * redeeming at the same moment are counted one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Address a where a.id = :id")
	Optional<Address> lockById(Long id);

	/** Every address's key, as {@link AddressLine#key()} makes it. */
	@Query("select concat(a.postcode, ' ', cast(a.houseNumber as String), ' ', a.addition) from Address a")
	List<String> findAllKeys();

	@Query("select a from Address a order by a.postcode, a.houseNumber, a.addition")
	List<Address> findAllInPostalOrder();

	/**
	 * Addresses without a code that still works: not replaced and of one of these
	 * batches.
	 */
	@Query("""
			select a from Address a where not exists (
			    select c from LetterCode c
			    where c.addressId = a.id and c.withdrawnAt is null and c.batchId in :workingBatches)
			order by a.postcode, a.houseNumber, a.addition""")
	List<Address> findWithoutWorkingCode(Collection<Long> workingBatches);

	@Query("""
			select count(distinct c.addressId) from LetterCode c
			where c.withdrawnAt is null and c.batchId in :workingBatches""")
	long countWithWorkingCode(Collection<Long> workingBatches);

	boolean existsByPostcodeAndHouseNumberAndAdditionAndIdNot(String postcode, int houseNumber, String addition,
			Long id);

	/** Per address, how many residents are verified through it now. */
	@Query("""
			select r.addressId, count(r) from Residency r
			where r.addressId in :ids and r.activeAccountId is not null group by r.addressId""")
	List<Object[]> countVerifiedPerAddress(Collection<Long> ids);

	/**
	 * Per address, the newest of these batches with a code for it that was not replaced.
	 */
	@Query("""
			select c.addressId, max(c.batchId) from LetterCode c
			where c.addressId in :ids and c.withdrawnAt is null and c.batchId in :workingBatches
			group by c.addressId""")
	List<Object[]> findWorkingBatchPerAddress(Collection<Long> ids, Collection<Long> workingBatches);

}
