package nl.wijkstem.account;

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

	private final AccountRepository accounts;

	private final ResidencyRepository residencies;

	private final SubjectHasher hasher;

	private final ResidencyProperties properties;

	VoterIdentities(AccountRepository accounts, ResidencyRepository residencies, SubjectHasher hasher,
			ResidencyProperties properties) {
		this.accounts = accounts;
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
			.flatMap(residency -> accounts.findById(accountId)
				.map(account -> new VoterIdentity(hasher.hash("voter-person", account.getSubjectHash()),
						residency.getAddressId() == null ? java.util.List.of()
								: IntStream.rangeClosed(1, properties.accountsPerAddress())
									.mapToObj(
											slot -> hasher.hash("voter-address", residency.getAddressId() + "#" + slot))
									.toList())));
	}

}
