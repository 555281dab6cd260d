package nl.wijkstem.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the mail-out stands, for administrators.
 *
 * @param addresses addresses in the area's list
 * @param withValidCode addresses whose latest letter still works
 * @param verifiedResidents accounts verified as residents, by any method
 * @param accountsPerAddress how many accounts one address may verify
 * @param today the date in the Netherlands, from which new codes must run
 * @param latestExpiry the furthest a new batch may expire
 * @param batches the mail-outs, newest first
 */
public record AddressOverview(long addresses, long withValidCode, long verifiedResidents, int accountsPerAddress,
		LocalDate today, LocalDate latestExpiry, List<Batch> batches) {

	/**
	 * @param redeemed residents verified with a code of this batch
	 */
	public record Batch(Long id, Instant createdAt, LocalDate expiresOn, int letters, long redeemed) {
	}

}
