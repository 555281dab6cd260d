package nl.wijkstem.account;

import java.util.List;

/**
 * How many verified residents each address has, for the administrators' checks. Only
 * counts: which account lives where stays in the account module.
 *
 * @param accountsPerAddress the most accounts one address may verify
 * @param distribution per number of verified accounts (1, 2, ...), how many addresses
 * have that many, fewest first
 * @param atOrOverLimit addresses that verified the most accounts allowed, or more
 * @param overLimit addresses with more verified accounts than allowed: the rules make
 * this impossible, so any is a failed check
 * @param overLimitAddresses the first of those addresses, most accounts first
 * @param withoutAddress verified residents without an address: verified in person or by
 * the identity provider's claim
 */
public record VerifiedPerAddress(int accountsPerAddress, List<Share> distribution, long atOrOverLimit, long overLimit,
		List<Crowded> overLimitAddresses, long withoutAddress) {

	/** {@code addresses} addresses have {@code accounts} verified accounts each. */
	public record Share(int accounts, long addresses) {
	}

	/** An address with more verified accounts than allowed, as one line. */
	public record Crowded(String address, int accounts) {
	}

	/** Whether no address has more verified accounts than allowed. */
	public boolean withinLimit() {
		return overLimit == 0;
	}

}
