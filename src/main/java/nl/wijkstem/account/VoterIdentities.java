package nl.wijkstem.account;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.annotation.security.PermitAll;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link VoterIdentity} of a verified resident, for one person one vote.
 */
@Service
public class VoterIdentities {

	private final PersonPseudonyms pseudonyms;

	private final ResidencyRepository residencies;

	private final SubjectHasher hasher;

	private final ResidencyProperties properties;

	VoterIdentities(PersonPseudonyms pseudonyms, ResidencyRepository residencies, SubjectHasher hasher,
			ResidencyProperties properties) {
		this.pseudonyms = pseudonyms;
		this.residencies = residencies;
		this.hasher = hasher;
		this.properties = properties;
	}

	/**
	 * @return empty when the account does not exist or is not a verified resident
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<VoterIdentity> of(Long accountId) {
		return residencies.findByActiveAccountId(accountId)
			.map(residency -> new VoterIdentity(pseudonyms.voter(accountId), addressSlots(residency.getAddressId())));
	}

	private List<String> addressSlots(Long addressId) {
		if (addressId == null) {
			return List.of();
		}
		return IntStream.rangeClosed(1, properties.accountsPerAddress())
			.mapToObj(slot -> hasher.hash("voter-address", addressId + "#" + slot))
			.toList();
	}

}
